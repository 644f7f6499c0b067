/** An administrator corrects a catalogue entry's name or NDC, or retires it (clinic.manage). */
import { useState, type FormEvent } from "react";
import type { Stock } from "#contracts/api/stock.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import type { ProductView } from "./catalogue-rows.ts";
import { checkProduct, type ProductDraft } from "./stock-forms.ts";

type ProductFormProps = {
  readonly clinicId: string;
  readonly product: ProductView;
  readonly onSaved: (stock: Stock, message: string) => void;
  readonly onCancel: () => void;
};

type InUse = "in-use" | "retired";

export function ProductForm({ clinicId, product, onSaved, onCancel }: ProductFormProps) {
  const [draft, setDraft] = useState<ProductDraft>({ name: product.name, ndc: product.ndc, active: product.active });
  const submit = useSubmit();
  const heading = useFocusOnOpen(product.id);
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));
  const change = (next: Partial<ProductDraft>) => setDraft((current) => ({ ...current, ...next }));


  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkProduct(draft);
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("updateProduct", { params: { clinicId, productId: product.id }, body: checked.value }));
    if (answer === undefined) return;
    const state = checked.value.active ? "in use" : "retired: no new lots can be received";
    onSaved(answer, `${checked.value.name} saved, ${state}.`);
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={`Edit ${product.name}`} className="product-form" data-testid="product-form">
      <h3 ref={heading} tabIndex={-1}>
        {`Edit ${product.name}`}
      </h3>
      <FormProblem error={submit.error} title="Not saved." />
      <div className="product-form__fields aligned-fields">
        <TextField label="Name" hint="As staff see it when receiving a lot." autoComplete="off" value={draft.name} onChange={(e) => change({ name: e.target.value })} error={issue("Name", "name")} required />
        <TextField
          label="NDC"
          hint="10 digits with hyphens, e.g. 0023-1145-01."
          autoComplete="off"
          spellCheck={false}
          value={draft.ndc}
          onChange={(e) => change({ ndc: e.target.value })}
          error={issue("NDC", "ndc")}
          required
        />
      </div>
      <RadioGroup<InUse>
        legend="In the catalogue"
        hint="Lots already received keep their product either way."
        name="active"
        value={draft.active ? "in-use" : "retired"}
        options={[
          { value: "in-use", label: "In use: lots can be received" },
          { value: "retired", label: "Retired: no new lots" },
        ]}
        onChange={(value) => change({ active: value === "in-use" })}
        error={issue("In the catalogue", "active")}
        testId="product-active"
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
          Save product
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

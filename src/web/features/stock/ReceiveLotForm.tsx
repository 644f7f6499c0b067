/**
 * Receiving a lot into stock (stock.manage): product from the catalogue in use, lot number,
 * expiry and vials received. The server refuses an expired lot and a lot number the product
 * already has, naming the field; the message is shown beside it.
 */
import { useState, type FormEvent } from "react";
import type { Stock } from "#contracts/api/stock.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { productOptions } from "./catalogue-rows.ts";
import { receivedText } from "./lot-rows.ts";
import { checkLot, emptyLot, type LotDraft } from "./stock-forms.ts";

type ReceiveLotFormProps = {
  readonly clinicId: string;
  readonly stock: Stock;
  readonly onReceived: (stock: Stock) => void;
};

export function ReceiveLotForm({ clinicId, stock, onReceived }: ReceiveLotFormProps) {
  const options = productOptions(stock.products);
  const [draft, setDraft] = useState<LotDraft>(() => emptyLot(options[0]?.value ?? ""));
  const [received, setReceived] = useState<string | null>(null);
  const submit = useSubmit();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));
  const change = (next: Partial<LotDraft>) => setDraft((current) => ({ ...current, ...next }));

  if (options.length === 0) {
    return (
      <StatusMessage tone="info" title="No product is in use." live={false}>
        <p>An administrator can bring a product back into use in the catalogue below.</p>
      </StatusMessage>
    );
  }
  // A product retired since the form opened is no longer offered: fall back to the first in use.
  const productId = options.some((option) => option.value === draft.productId) ? draft.productId : (options[0]?.value ?? "");

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setReceived(null);
    const checked = checkLot({ ...draft, productId });
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("receiveLot", { params: { clinicId }, body: checked.value }));
    if (answer === undefined) return;
    const lot = answer.lots.find((candidate) => candidate.productId === checked.value.productId && candidate.lotNumber === checked.value.lotNumber);
    setReceived(lot ? receivedText(lot) : `Lot ${checked.value.lotNumber}.`);
    setDraft(emptyLot(productId));
    onReceived(answer);
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Receive a lot" data-testid="receive-lot-form">
      <FormProblem error={submit.error} title="Lot not received." />
      <div className="receive-lot__fields aligned-fields">
        <SelectField label="Product" hint="The catalogue's products in use." value={productId} options={options} onChange={(e) => change({ productId: e.target.value })} error={issue("Product", "productId")} />
        <TextField
          label="Lot number"
          hint="As printed on the carton."
          autoComplete="off"
          spellCheck={false}
          value={draft.lotNumber}
          onChange={(e) => change({ lotNumber: e.target.value })}
          error={issue("Lot number", "lotNumber")}
          required
        />
        <TextField label="Expiry date" hint="The last day it may be used." type="date" value={draft.expiry} onChange={(e) => change({ expiry: e.target.value })} error={issue("Expiry date", "expiry")} required />
        <TextField
          label="Vials received"
          hint="Whole vials in the delivery."
          inputMode="numeric"
          autoComplete="off"
          className="receive-lot__count"
          value={draft.vialsReceived}
          onChange={(e) => change({ vialsReceived: e.target.value })}
          error={issue("Vials received", "vialsReceived")}
          required
        />
      </div>
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Receiving…">
        Receive lot
      </Button>
      {received !== null ? (
        <StatusMessage tone="ok" title="Received into stock." testId="lot-received">
          <p>{`${received} It is listed in Lots above.`}</p>
        </StatusMessage>
      ) : null}
    </form>
  );
}

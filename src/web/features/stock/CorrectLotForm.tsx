/**
 * Correcting the vials received of one lot (stock.manage), never below the vials signed
 * sessions already used (the server refuses that, naming the field).
 */
import { useState, type FormEvent } from "react";
import type { LotView, Stock } from "#contracts/api/stock.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { checkCorrection } from "./stock-forms.ts";

type CorrectLotFormProps = {
  readonly clinicId: string;
  readonly lot: LotView;
  readonly onCorrected: (stock: Stock, message: string) => void;
  readonly onCancel: () => void;
};

export function CorrectLotForm({ clinicId, lot, onCorrected, onCancel }: CorrectLotFormProps) {
  const [vials, setVials] = useState(String(lot.vialsReceived));
  const submit = useSubmit();
  const heading = useFocusOnOpen(lot.id);
  const title = `Correct lot ${lot.lotNumber}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCorrection(vials);
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("correctLot", { params: { clinicId, lotId: lot.id }, body: checked.value }));
    if (answer === undefined) return;
    const now = answer.lots.find((candidate) => candidate.id === lot.id);
    onCorrected(answer, `Lot ${lot.lotNumber} now has ${checked.value.vialsReceived} vials received${now ? `, ${now.vialsLeft} left` : ""}.`);
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={title} className="correct-lot" data-testid="correct-lot-form">
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p className="muted">{`${lot.productName}. Signed sessions have used ${lot.vialsUsed} ${lot.vialsUsed === 1 ? "vial" : "vials"}; vials used are counted from them, never typed in.`}</p>
      <FormProblem error={submit.error} title="Not corrected." />
      <TextField
        label="Vials received"
        hint={lot.vialsUsed > 0 ? `At least ${lot.vialsUsed}.` : undefined}
        inputMode="numeric"
        autoComplete="off"
        className="receive-lot__count"
        value={vials}
        onChange={(e) => setVials(e.target.value)}
        error={fieldMessage("Vials received", submit.error?.issueFor("vialsReceived"))}
        required
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
          Save correction
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

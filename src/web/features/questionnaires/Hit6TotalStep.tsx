/**
 * HIT-6 when the clinic has no licensed wording in the app (clinical-facts §8): the patient copies
 * the total from the paper form the clinic gave them (its answers add up to 36-78), or says they
 * have none, and the clinic asks at the visit.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { HIT6_MAX_TOTAL, HIT6_MIN_TOTAL } from "#domain/questionnaires/hit6.ts";
import { StepFrame } from "#web/features/diary/StepFrame.tsx";
import { Button } from "#web/ui/Button.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { parseHit6Total } from "./typed-numbers.ts";

type Hit6TotalStepProps = {
  readonly saving: boolean;
  /** A problem the check on saving found with the total (its words). */
  readonly problem: string | undefined;
  readonly onTotal: (total: number) => void;
  readonly onNoForm: () => void;
};

export function Hit6TotalStep({ saving, problem, onTotal, onNoForm }: Hit6TotalStepProps) {
  const [typed, setTyped] = useState("");
  const [typing, setTyping] = useState<string | undefined>();
  const { t } = useTranslation("questionnaires");
  const range = { min: HIT6_MIN_TOTAL, max: HIT6_MAX_TOTAL };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const total = parseHit6Total(typed);
    if (total === null) {
      setTyping(t("hit6.totalProblem", range));
      return;
    }
    onTotal(total);
  };

  return (
    <StepFrame question={t("hit6.totalQuestion")}>
      <p className="muted">{t("hit6.totalHow")}</p>
      <form onSubmit={submit} noValidate className="typed-hours">
        <TextField
          label={t("hit6.totalLabel", range)}
          inputMode="numeric"
          autoComplete="off"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setTyping(undefined);
          }}
          error={typing ?? problem}
        />
        <Button type="submit" variant="primary" className="step__next" busy={saving} busyLabel={t("hit6.saving")}>
          {t("hit6.save")}
        </Button>
      </form>
      <Button variant="quiet" onClick={onNoForm}>
        {t("hit6.noForm")}
      </Button>
    </StepFrame>
  );
}

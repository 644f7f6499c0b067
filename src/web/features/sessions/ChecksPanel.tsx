/**
 * What the domain's check finds as the injector works (pathway-rules §6 and the record's own
 * checks): errors, which block signing, and warnings, each kind needing a written reason that is
 * kept with the record; the interval override reason when the session is too soon. Always in
 * view beside the map, announced politely as it changes.
 */
import type { SessionRecordCheck } from "#domain/injections/session-record.ts";
import { LabelledField } from "#web/ui/LabelledField.tsx";
import { PROBLEM_TITLES, problemSentence, units } from "./session-words.ts";
import type { DraftContent } from "./use-session-draft.ts";

type Props = { readonly check: SessionRecordCheck; readonly content: DraftContent; readonly onChange: (content: DraftContent) => void; readonly readOnly: boolean };

export function ChecksPanel({ check, content, onChange, readOnly }: Props) {
  const errors = check.problems.filter((p) => p.severity === "error");
  const warnings = check.problems.filter((p) => p.severity === "warning");
  const warningCodes = [...new Set(warnings.map((p) => p.code))];
  const reasons = content.warningReasons ?? {};
  const tooSoon = errors.some((p) => p.code === "interval_too_short") || (content.overrideReason ?? "") !== "";
  const summary = errors.length > 0 ? `${errors.length} to fix before signing` : check.reasonsNeeded.length > 0 ? `${check.reasonsNeeded.length} warning(s) need a reason` : readOnly ? "No error; every warning has its reason" : "Ready to sign";
  return (
    <section className="checks" aria-labelledby="checks-title" data-testid="checks">
      <h2 id="checks-title">Checks</h2>
      <p className="checks__total numeric" data-testid="live-total">
        <strong>{units(check.injectionCheck.totalUnits)}</strong> in {check.injectionCheck.sites} sites
      </p>
      <p className={errors.length > 0 ? "checks__summary checks__summary--error" : check.canSign ? "checks__summary checks__summary--ok" : "checks__summary checks__summary--warn"} role="status" data-testid="checks-summary">
        {errors.length > 0 ? "✕ " : check.canSign ? "✓ " : "! "}
        {summary}
      </p>
      {errors.length > 0 ? (
        <ul className="problems" aria-label="Errors" data-testid="errors">
          {errors.map((problem, index) => (
            <li key={`${problem.code}-${index}`} className="problem problem--error">
              <strong>{PROBLEM_TITLES[problem.code]}</strong>
              <span>{problemSentence(problem.message)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {tooSoon ? (
        <LabelledField label="Reason to give it before the minimum interval" hint="Kept with the record; clears only the interval check.">
          {(control) => <textarea {...control} rows={2} value={content.overrideReason ?? ""} readOnly={readOnly} onChange={(e) => onChange({ ...content, overrideReason: e.target.value === "" ? null : e.target.value })} />}
        </LabelledField>
      ) : null}
      {warningCodes.length > 0 ? (
        <ul className="problems" aria-label="Warnings" data-testid="warnings">
          {warningCodes.map((code) => (
            <li key={code} className="problem problem--warning">
              <strong>{PROBLEM_TITLES[code]}</strong>
              {warnings
                .filter((p) => p.code === code)
                .map((p, index) => (
                  <span key={index}>{problemSentence(p.message)}</span>
                ))}
              <LabelledField label={`Reason: ${PROBLEM_TITLES[code]}`} hint="Needed to sign; kept with the record.">
                {(control) => (
                  <textarea
                    {...control}
                    rows={2}
                    value={reasons[code] ?? ""}
                    readOnly={readOnly}
                    data-testid={`reason-${code}`}
                    onChange={(e) => {
                      const next = { ...reasons, [code]: e.target.value };
                      if (e.target.value === "") delete next[code];
                      onChange({ ...content, warningReasons: next });
                    }}
                  />
                )}
              </LabelledField>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

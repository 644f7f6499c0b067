/**
 * The vials opened (product and lot from stock; an expired lot cannot be chosen, one expiring soon
 * says so), the saline added and the resulting concentration, the diluent lot, and when the toxin
 * was reconstituted and given, in the clinic's time.
 */
import type { LotOption, SessionContext } from "#contracts/api/sessions.ts";
import { unitsPerTenthMl } from "#domain/injections/session-record.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { SelectField } from "#web/ui/SelectField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { instantFromLocal, localFromInstant } from "./clinic-time.ts";
import type { DraftContent } from "./use-session-draft.ts";

type Vials = NonNullable<DraftContent["vials"]>;
type Props = { readonly content: DraftContent; readonly onChange: (content: DraftContent) => void; readonly readOnly: boolean; readonly context: SessionContext };

/**
 * How a lot reads in the picker: number, size, expiry, stock left and why it cannot be chosen.
 * @example lotLabel({ lotNumber: "C1", vialUnits: 200, expiry: "2027-06-30", vialsLeft: 9, status: "available", ... }) // "C1 · 200 U · expires 30 Jun 2027 · 9 left"
 */
export function lotLabel(lot: LotOption): string {
  const base = `${lot.lotNumber} · ${lot.vialUnits} U · expires ${formatPlainDate(lot.expiry)}`;
  if (lot.status === "expired") return `${base} · expired, cannot be used`;
  if (lot.status === "used-up") return `${base} · none left`;
  return `${base} · ${lot.vialsLeft} left${lot.status === "expiring" ? " · expiring soon" : ""}`;
}

function lineFromLot(lot: LotOption): Vials[number] {
  return { lotId: lot.id, lotNumber: lot.lotNumber, productId: lot.productId, vialUnits: lot.vialUnits, expiry: lot.expiry, vials: 1, diluentMl: lot.standardDiluentMl } as Vials[number];
}

function TimeFields({ label, instant, date, timeZone, readOnly, onChange, testId }: { label: string; instant: string | null | undefined; date: string; timeZone: string; readOnly: boolean; onChange: (instant: string | null) => void; testId: string }) {
  const local = localFromInstant(instant, timeZone) ?? { date, time: "" };
  return (
    <fieldset className="fieldset time-fields" data-testid={testId}>
      <legend>{label}</legend>
      <div className="row">
        <TextField label="Date" type="date" value={local.date} readOnly={readOnly} onChange={(e) => onChange(instantFromLocal(e.target.value, local.time, timeZone))} />
        <TextField label={`Time (${timeZone})`} type="time" value={local.time} readOnly={readOnly} onChange={(e) => onChange(instantFromLocal(local.date, e.target.value, timeZone))} />
      </div>
    </fieldset>
  );
}

export function VialsSection({ content, onChange, readOnly, context }: Props) {
  const vials = content.vials ?? [];
  const date = content.date ?? context.today;
  const usable = context.lots.filter((lot) => lot.status === "available" || lot.status === "expiring");
  const setLine = (index: number, change: Partial<Vials[number]>) => onChange({ ...content, vials: vials.map((line, i) => (i === index ? ({ ...line, ...change } as Vials[number]) : line)) });
  const chooseLot = (index: number, lotId: string) => {
    const lot = context.lots.find((candidate) => candidate.id === lotId);
    if (lot) setLine(index, { lotId: lot.id, lotNumber: lot.lotNumber, productId: lot.productId, vialUnits: lot.vialUnits, expiry: lot.expiry, diluentMl: lot.standardDiluentMl } as Partial<Vials[number]>);
  };
  return (
    <Card title="Vials and reconstitution" className="session-section">
      {vials.length === 0 ? <p className="muted">No vial recorded yet.</p> : null}
      <ol className="vial-lines">
        {vials.map((line, index) => {
          const lot = context.lots.find((candidate) => candidate.id === line.lotId);
          const options = [...(lot && !usable.includes(lot) ? [lot] : []), ...usable];
          return (
            <li key={`${line.lotId}-${index}`} className="vial-line" data-testid={`vial-line-${index}`}>
              <SelectField
                label="Lot"
                value={line.lotId}
                disabled={readOnly}
                onChange={(e) => chooseLot(index, e.target.value)}
                options={options.map((option) => ({ value: option.id, label: lotLabel(option) }))}
                error={lot?.status === "expired" ? "This lot has expired: choose another." : undefined}
                hint={lot?.status === "expiring" ? "Expiring soon: use it before newer lots." : undefined}
              />
              <TextField label="Vials opened" type="number" inputMode="numeric" min={1} max={10} value={String(line.vials)} readOnly={readOnly} onChange={(e) => setLine(index, { vials: Math.max(0, Math.round(Number(e.target.value))) })} />
              <TextField label="Saline per vial (mL)" type="number" inputMode="decimal" min={0.5} step={0.5} value={String(line.diluentMl)} readOnly={readOnly} onChange={(e) => setLine(index, { diluentMl: Number(e.target.value) })} />
              <p className="vial-line__concentration numeric" aria-live="polite">
                <span className="muted">Concentration</span>
                <strong>{`${unitsPerTenthMl(line.vialUnits, line.diluentMl)} U per 0.1 mL`}</strong>
              </p>
              {readOnly ? null : (
                <Button variant="quiet" onClick={() => onChange({ ...content, vials: vials.filter((_l, i) => i !== index) })}>
                  Remove this vial line
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {readOnly ? null : usable.length === 0 ? (
        <p className="status status--warn">No usable lot in stock: receive a lot on the Stock page first.</p>
      ) : (
        <SelectField
          label="Add vials from a lot"
          value=""
          onChange={(e) => {
            const lot = usable.find((candidate) => candidate.id === e.target.value);
            if (lot) onChange({ ...content, vials: [...vials, lineFromLot(lot)] });
          }}
          options={[{ value: "", label: "Choose a lot…" }, ...usable.map((lot) => ({ value: lot.id, label: lotLabel(lot) }))]}
          hint="Expired lots are not offered."
        />
      )}
      <TextField label="Saline (diluent) lot" value={content.diluentLot ?? ""} readOnly={readOnly} onChange={(e) => onChange({ ...content, diluentLot: e.target.value === "" ? null : e.target.value })} hint="Preservative-free 0.9% sodium chloride" />
      <div className="row">
        <TimeFields label="Reconstituted" instant={content.reconstitutedAt} date={date} timeZone={context.timeZone} readOnly={readOnly} onChange={(instant) => onChange({ ...content, reconstitutedAt: instant })} testId="reconstituted" />
        <TimeFields label="Injections given" instant={content.givenAt} date={date} timeZone={context.timeZone} readOnly={readOnly} onChange={(instant) => onChange({ ...content, givenAt: instant })} testId="given" />
      </div>
    </Card>
  );
}

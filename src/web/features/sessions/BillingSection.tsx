/** The session's vial use and claim lines, from the domain (pathway-rules §6): 64615 once, J0585 × units given, waste with JW or JZ. */
import type { BillingLine } from "#domain/injections/billing.ts";
import type { VialUsage } from "#domain/injections/vials.ts";
import { Card } from "#web/ui/Card.tsx";
import { units } from "./session-words.ts";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";

type BillingRow = { readonly system: string; readonly code: string; readonly modifiers: readonly string[]; readonly quantity: number; readonly description: string; readonly key: string };

const BILLING_COLUMNS: readonly Column<BillingRow>[] = [
  { header: "Code", cell: (line) => `${line.system} ${line.code}`, className: "numeric", rowHeader: true },
  { header: "Modifier", cell: (line) => line.modifiers.join(", ") || "—" },
  { header: "Quantity", cell: (line) => line.quantity, className: "numeric" },
  { header: "Description", cell: (line) => line.description },
];

export function BillingSection({ usage, billing }: { readonly usage: VialUsage; readonly billing: readonly BillingLine[] | null }) {
  return (
    <Card title="Units and billing" className="session-section">
      <dl className="count-tiles">
        <div className="count-tile">
          <dt>Opened</dt>
          <dd className="numeric">{units(usage.vialUnitsOpened)}</dd>
        </div>
        <div className="count-tile">
          <dt>Given</dt>
          <dd className="numeric">{units(usage.unitsGiven)}</dd>
        </div>
        <div className="count-tile">
          <dt>Wasted</dt>
          <dd className="numeric">{usage.unitsWasted === null ? "—" : units(usage.unitsWasted)}</dd>
        </div>
      </dl>
      {billing === null ? (
        <p className="muted">Billing lines appear once the vials recorded cover the units given.</p>
      ) : (
        <DataTable
          caption="Billing lines"
          captionHidden
          columns={BILLING_COLUMNS}
          rows={billing.map((line, index) => ({ ...line, key: `${index}:${line.code}` }))}
          rowKey={(line) => line.key}
          empty={null}
          testId="billing"
        />
      )}
    </Card>
  );
}

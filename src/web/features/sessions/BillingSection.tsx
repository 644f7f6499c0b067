/** The session's vial use and claim lines, from the domain (pathway-rules §6): 64615 once, J0585 × units given, waste with JW or JZ. */
import type { BillingLine } from "#domain/injections/billing.ts";
import type { VialUsage } from "#domain/injections/vials.ts";
import { Card } from "#web/ui/Card.tsx";
import { units } from "./session-words.ts";

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
        <div className="table-wrap" role="region" aria-label="Billing lines" tabIndex={0}>
          <table className="table" data-testid="billing">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Modifier</th>
                <th scope="col">Quantity</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {billing.map((line, index) => (
                <tr key={index}>
                  <td className="numeric">{`${line.system} ${line.code}`}</td>
                  <td>{line.modifiers.join(", ") || "—"}</td>
                  <td className="numeric">{line.quantity}</td>
                  <td>{line.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

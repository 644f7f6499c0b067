/** The counts that matter at a glance: vials usable now per product, lots expiring soon, expired lots. */
import type { StockSummary as Summary } from "./lot-rows.ts";

export function StockSummary({ summary, warningDays }: { readonly summary: Summary; readonly warningDays: number }) {
  return (
    <dl className="stock-summary" data-testid="stock-summary">
      {summary.usable.map((product) => (
        <div key={product.productId} className="stock-summary__tile">
          <dt>{`${product.label} usable`}</dt>
          <dd className="numeric">{product.vials}</dd>
        </div>
      ))}
      <div className={summary.expiringLots > 0 ? "stock-summary__tile stock-summary__tile--warn" : "stock-summary__tile"}>
        <dt>{`Lots expiring within ${warningDays} days`}</dt>
        <dd className="numeric">{summary.expiringLots}</dd>
      </div>
      <div className={summary.expiredLots > 0 ? "stock-summary__tile stock-summary__tile--danger" : "stock-summary__tile"}>
        <dt>Expired lots</dt>
        <dd className="numeric">{summary.expiredLots}</dd>
      </div>
    </dl>
  );
}

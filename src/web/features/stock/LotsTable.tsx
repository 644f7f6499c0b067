/**
 * Lots as a table (DataTable: one card each on a phone): lot number, product, expiry with the days left,
 * vials received, used by signed sessions and left, the status in words and shape, and, for those
 * who may, correcting the vials received.
 */
import type { ReactNode } from "react";
import type { LotView } from "#contracts/api/stock.ts";
import { Button } from "#web/ui/Button.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { LotStatusBadge } from "./LotStatusBadge.tsx";
import { lotRow, type LotRow } from "./lot-rows.ts";

type LotsTableProps = {
  readonly caption: string;
  readonly lots: readonly LotView[];
  readonly testId: string;
  /** Given to those who may correct a lot (stock.manage). */
  readonly onCorrect?: ((lot: LotView) => void) | undefined;
  readonly empty: ReactNode;
};

export function LotsTable({ caption, lots, testId, onCorrect, empty }: LotsTableProps) {
  const columns: Column<LotRow>[] = [
    { header: "Lot", rowHeader: true, cell: (row) => row.lotNumber, className: "lot__number" },
    { header: "Product", cell: (row) => row.productName },
    {
      header: "Expiry",
      // One element per cell: on a phone the cell is a two-column grid, its label then its value.
      cell: (row) => (
        <span>
          <span className="nowrap">{row.expiry}</span> <span className="lot__distance">{row.expiryDistance}</span>
        </span>
      ),
    },
    { header: "Received", cell: (row) => row.lot.vialsReceived, className: "numeric lot__count" },
    { header: "Used", cell: (row) => row.lot.vialsUsed, className: "numeric lot__count" },
    { header: "Left", cell: (row) => <strong>{row.lot.vialsLeft}</strong>, className: "numeric lot__count" },
    { header: "Status", cell: (row) => <LotStatusBadge status={row.lot.status} text={row.statusText} /> },
  ];
  if (onCorrect) {
    columns.push({
      header: "Actions",
      className: "cell-actions",
      cell: (row) => (
        <Button variant="quiet" className="lot__action" onClick={() => onCorrect(row.lot)} aria-label={`Correct vials of lot ${row.lotNumber}`}>
          Correct vials
        </Button>
      ),
    });
  }
  return (
    <div className="lots-table">
      <DataTable caption={caption} captionHidden columns={columns} rows={lots.map(lotRow)} rowKey={(row) => row.id} testId={testId} empty={empty} />
    </div>
  );
}

/** The rows a CSV import refuses: line, column and reason; a table on a wide screen, cards on a phone (DataTable). */
import type { CsvRejection } from "#contracts/api/csv-exchange.ts";
import { DataTable } from "#web/ui/DataTable.tsx";

export function CsvRejections({ rejected }: { readonly rejected: readonly CsvRejection[] }) {
  return (
    <DataTable
      caption="Rejected rows"
      rows={rejected}
      rowKey={(row) => `${row.line}:${row.column ?? ""}:${row.reason}`}
      testId="csv-rejected"
      empty={null}
      columns={[
        { header: "Line", cell: (row) => row.line, rowHeader: true, className: "numeric" },
        { header: "Column", cell: (row) => row.column ?? "(whole row)" },
        { header: "Reason", cell: (row) => row.reason },
      ]}
    />
  );
}

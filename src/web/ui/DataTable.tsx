/**
 * A table of rows with a caption, column headers and one row per item; on a phone each row
 * becomes a card whose cells are labelled by their column (design.md: tables on a phone become
 * cards), and the table stays a table for screen readers. An empty list shows `empty` instead.
 */
import type { ReactNode } from "react";

export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  /** The column that names the row (read first by screen readers: a `th scope="row"`). */
  readonly rowHeader?: boolean;
  readonly className?: string;
  /** More about the cell on hover. */
  readonly title?: (row: T) => string;
}

type DataTableProps<T> = {
  readonly caption: string;
  /** Keep the caption for screen readers only (the card's heading already says it). */
  readonly captionHidden?: boolean;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  readonly empty: ReactNode;
  readonly testId?: string;
  /** Below the table (a "show all" control). */
  readonly after?: ReactNode;
};

export function DataTable<T>({ caption, captionHidden = false, columns, rows, rowKey, empty, testId, after }: DataTableProps<T>) {
  if (rows.length === 0) return <>{empty}</>;
  return (
    // A region that can take focus, so a keyboard can scroll a table wider than a phone's screen.
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table table--cards" data-testid={testId}>
        <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const props = { className: column.className, title: column.title?.(row), "data-label": column.header };
                return column.rowHeader ? (
                  <th key={column.header} scope="row" {...props}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} {...props}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {after}
    </div>
  );
}

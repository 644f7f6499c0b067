/**
 * A plain table for reports: a header row, rows of text, thin rules, wrapping cells; a row that
 * does not fit starts a new page and the header is drawn again there.
 */
import { ensureSpace, INK } from "./pdf-document.ts";

export interface TableColumn {
  readonly header: string;
  readonly width: number;
  readonly align?: "left" | "right" | "center";
}

export interface TableCell {
  readonly text: string;
  readonly bold?: boolean;
  readonly colour?: string;
}

export interface Table {
  readonly x: number;
  readonly y: number;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly (string | TableCell)[])[];
  readonly fontSize?: number;
}

const PADDING = 2.5;

const asCell = (cell: string | TableCell): TableCell => (typeof cell === "string" ? { text: cell } : cell);

function drawHeader(doc: PDFKit.PDFDocument, table: Table, y: number, fontSize: number): number {
  let x = table.x;
  doc.font("condensedBold").fontSize(fontSize).fillColor(INK.muted);
  for (const column of table.columns) {
    doc.text(column.header, x + PADDING, y, { width: column.width - 2 * PADDING, align: column.align ?? "left", lineBreak: false });
    x += column.width;
  }
  const width = table.columns.reduce((sum, column) => sum + column.width, 0);
  const below = y + fontSize + 3;
  doc.lineWidth(0.6).strokeColor(INK.rule).moveTo(table.x, below).lineTo(table.x + width, below).stroke();
  return below + 2;
}

/** Draws the table; returns the y below it. */
export function drawTable(doc: PDFKit.PDFDocument, table: Table): number {
  const fontSize = table.fontSize ?? 7.5;
  const width = table.columns.reduce((sum, column) => sum + column.width, 0);
  let y = drawHeader(doc, table, ensureSpace(doc, table.y, 2 * (fontSize + 6)), fontSize);
  for (const row of table.rows) {
    const cells = row.map(asCell);
    const heights = cells.map((cell, index) => {
      const column = table.columns[index] as TableColumn;
      doc.font(cell.bold === true ? "condensedBold" : "condensed").fontSize(fontSize);
      return doc.heightOfString(cell.text, { width: column.width - 2 * PADDING });
    });
    const height = Math.max(fontSize + 1, ...heights) + 3;
    const fitted = ensureSpace(doc, y, height);
    if (fitted !== y) y = drawHeader(doc, table, fitted, fontSize);
    let x = table.x;
    cells.forEach((cell, index) => {
      const column = table.columns[index] as TableColumn;
      doc.font(cell.bold === true ? "condensedBold" : "condensed").fontSize(fontSize).fillColor(cell.colour ?? INK.text);
      doc.text(cell.text, x + PADDING, y + 1.5, { width: column.width - 2 * PADDING, align: column.align ?? "left" });
      x += column.width;
    });
    y += height;
    doc.lineWidth(0.3).strokeColor(INK.grid).moveTo(table.x, y).lineTo(table.x + width, y).stroke();
  }
  return y;
}

/** The key of a chart, as text with swatches (the canvas draws no legend of its own). */
export type LegendSwatch = "bar" | "bar-hatched" | "bar-narrow" | "line-dashed" | "rule" | "rule-dotted" | "diamond" | "diamond-hollow" | "band" | "medication";

export interface LegendItem {
  readonly swatch: LegendSwatch;
  readonly label: string;
}

export function ChartLegend({ items, label }: { readonly items: readonly LegendItem[]; readonly label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.label}>
          <span className={`chart-swatch chart-swatch--${item.swatch}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

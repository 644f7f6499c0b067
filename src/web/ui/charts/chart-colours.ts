/**
 * The charts' colours, read from the page's CSS custom properties (charts.css, over tokens.css),
 * so a canvas follows the theme it is drawn in (clinic, patient low light, patient light). The
 * series are told apart by more than colour: widths, hatching and dashes (design.md).
 */
export interface ChartColours {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly headache: string;
  readonly migraine: string;
  readonly medication: string;
  readonly baseline: string;
  readonly baselineBand: string;
  readonly session: string;
  readonly evaluation: string;
  readonly band: readonly string[];
  readonly fontFamily: string;
}

/** The value of each property, or its fallback when the stylesheet is not there (tests, a broken load). */
export function readChartColours(element: Element): ChartColours {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v("--text", "#1f1a15"),
    muted: v("--text-muted", "#574d43"),
    grid: v("--chart-grid", "#d8d0c5"),
    headache: v("--chart-headache", "#d39a55"),
    migraine: v("--chart-migraine", "#1f5f99"),
    medication: v("--chart-medication", "#6a4c93"),
    baseline: v("--chart-baseline", "#1f1a15"),
    baselineBand: v("--chart-baseline-band", "rgba(120, 110, 100, 0.12)"),
    session: v("--chart-session", "#85560f"),
    evaluation: v("--chart-evaluation", "#1f1a15"),
    band: [v("--chart-band-1", "#e6efe4"), v("--chart-band-2", "#f3ead2"), v("--chart-band-3", "#f2dcc4"), v("--chart-band-4", "#efcfc7")],
    fontFamily: v("--font-family", "system-ui, sans-serif"),
  };
}

/**
 * A diagonal hatch in `colour`, for the bars of incomplete windows (their counts are of recorded
 * days only), so they read as different without colour.
 */
export function hatchPattern(ctx: CanvasRenderingContext2D, colour: string, ratio: number): CanvasPattern | string {
  const size = Math.max(6, Math.round(6 * ratio));
  const tile = document.createElement("canvas");
  tile.width = size;
  tile.height = size;
  const g = tile.getContext("2d");
  if (!g) return colour;
  g.strokeStyle = colour;
  g.lineWidth = Math.max(1, ratio * 1.5);
  g.beginPath();
  g.moveTo(0, size);
  g.lineTo(size, 0);
  g.moveTo(-size / 2, size / 2);
  g.lineTo(size / 2, -size / 2);
  g.moveTo(size / 2, size * 1.5);
  g.lineTo(size * 1.5, size / 2);
  g.stroke();
  return ctx.createPattern(tile, "repeat") ?? colour;
}

/**
 * One uPlot canvas (ADR 0019), sized to its container and redrawn when the container or the
 * theme changes. The canvas is an image to assistive technology (`role="img"` with a summary);
 * every chart that uses it also gives a table or text with the same numbers.
 */
import { useEffect, useRef, useSyncExternalStore } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { readChartColours, type ChartColours } from "./chart-colours.ts";

/** What a chart builds from the colours of the moment (width and height are the wrapper's). */
export type BuildOptions = (colours: ChartColours) => Omit<uPlot.Options, "width" | "height">;

type UPlotChartProps = {
  readonly build: BuildOptions;
  readonly data: uPlot.AlignedData;
  readonly height: number;
  /** The accessible name: what the chart shows, in one sentence. */
  readonly label: string;
  readonly testId?: string;
};

/** The attributes the themes hang on (tokens.css): a change redraws the canvas in the new colours. */
const THEME_ATTRIBUTES = ["data-theme", "data-patient-look"];

function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  return () => observer.disconnect();
}

const themeKey = () => THEME_ATTRIBUTES.map((name) => document.documentElement.getAttribute(name) ?? "").join("/");

export function UPlotChart({ build, data, height, label, testId }: UPlotChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const theme = useSyncExternalStore(subscribeTheme, themeKey, () => "");

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const widthNow = () => Math.max(160, Math.floor(element.getBoundingClientRect().width));
    const plot = new uPlot({ ...build(readChartColours(element)), width: widthNow(), height }, data, element);
    plot.root.setAttribute("aria-hidden", "true");
    const observer = new ResizeObserver(() => {
      const width = widthNow();
      if (width !== plot.width) plot.setSize({ width, height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [build, data, height, theme]);

  return <div ref={holder} className="chart-canvas" role="img" aria-label={label} data-testid={testId} />;
}

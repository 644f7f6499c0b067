/**
 * The site map's key (SiteMap.tsx): each marker shape with what it means. Hidden from screen
 * readers, since every marker's own name already says its state.
 */
import type { ReactNode } from "react";
import type { MarkerKind } from "./marker-kind.ts";

/** The key to the markers' shapes; the markers' names say the same to a screen reader. */
export function SiteMapLegend({ showPrevious, showFlag }: { readonly showPrevious: boolean; readonly showFlag: boolean }) {
  const rows: { readonly key: string; readonly text: string; readonly shape: ReactNode }[] = [
    { key: "standard", text: "5 U, standard", shape: <LegendMarker kind="standard" /> },
    { key: "custom", text: "Other units", shape: <LegendMarker kind="custom" /> },
    { key: "none", text: "Not given", shape: <LegendMarker kind="none" /> },
    { key: "ftp", text: "Follow-the-pain", shape: <LegendMarker kind="standard" ftp /> },
    { key: "selected", text: "Selected", shape: <LegendMarker kind="standard" selected /> },
  ];
  if (showPrevious) rows.push({ key: "previous", text: "Given last session", shape: <LegendMarker kind="previous" /> });
  if (showFlag) rows.push({ key: "flag", text: "Side effect reported", shape: <LegendMarker kind="flag" /> });
  return (
    <div className="site-map__legend" aria-hidden="true">
      <span className="site-map__view-title">Key</span>
      <ul className="site-map__legend-list">
        {rows.map((row) => (
          <li key={row.key} className="site-map__legend-row">
            <svg viewBox="-22 -22 44 44" width={32} height={32} focusable="false">
              {row.shape}
            </svg>
            <span>{row.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LegendMarker({ kind, ftp = false, selected = false }: { readonly kind: MarkerKind | "previous" | "flag"; readonly ftp?: boolean; readonly selected?: boolean }) {
  if (kind === "previous") {
    return (
      <g className="site-marker">
        <circle className="site-marker__previous" r={18} />
      </g>
    );
  }
  if (kind === "flag") {
    return (
      <g className="site-marker">
        <path className="site-marker__flag" d="M0,-12 L12,9 L-12,9 Z" />
      </g>
    );
  }
  const classes = ["site-marker", `site-marker--${kind}`, ftp ? "site-marker--ftp" : "", selected ? "site-marker--selected" : ""].filter(Boolean).join(" ");
  return (
    <g className={classes}>
      {selected ? <circle className="site-marker__selected" r={17.5} /> : null}
      {ftp ? <path className="site-marker__shape" d="M0,-15 L15,0 L0,15 L-15,0 Z" /> : <circle className="site-marker__shape" r={12.5} />}
      {kind === "none" ? (
        <path className="site-marker__cross" d="M-7,7 L7,-7" />
      ) : (
        <text className="site-marker__units" y={0.5} textAnchor="middle" dominantBaseline="central">
          {kind === "custom" ? "2.5" : "5"}
        </text>
      )}
    </g>
  );
}

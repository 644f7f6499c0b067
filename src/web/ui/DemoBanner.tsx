/** Marks every page of the demo clinic, so synthetic data is never taken for a real patient's. */
export function DemoBanner({ clinicName }: { readonly clinicName?: string | undefined }) {
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>Demo clinic</strong>
      {clinicName ? ` (${clinicName})` : ""}: synthetic people and data. Do not enter real patients here.
    </div>
  );
}

/** A small "Demo" label beside a name or a list. */
export function DemoMarker() {
  return <span className="demo-marker">Demo</span>;
}

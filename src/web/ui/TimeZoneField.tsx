/** Chooses an IANA time zone from the browser's list, starting at the browser's own zone. */
import { SelectField } from "./SelectField.tsx";

/** The browser's time zone, e.g. "Europe/London". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

function timeZoneOptions(current: string): { value: string; label: string }[] {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }));
}

type TimeZoneFieldProps = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (zone: string) => void;
  readonly error?: string | undefined;
};

export function TimeZoneField({ label, value, onChange, error }: TimeZoneFieldProps) {
  return <SelectField label={label} value={value} options={timeZoneOptions(value)} onChange={(event) => onChange(event.target.value)} error={error} />;
}

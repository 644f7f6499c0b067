/**
 * A stored (or drafted) session's content as the clinical core checks it: the one mapping the
 * session screen and the server both use, so the live check and the signing check read the same
 * record. A draft's missing parts are the empty answers (no vials, nothing checked, no reasons).
 */
import type { SessionRecord } from "#domain/injections/session-record.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { Injection } from "#domain/shared/record.ts";

/** The content fields the check reads, as a draft or a signed session holds them (dates as strings). */
export interface SessionContentLike {
  readonly date?: string | undefined;
  readonly givenAt?: string | null | undefined;
  readonly injections?: readonly Injection[] | undefined;
  readonly overrideReason?: string | null | undefined;
  readonly vials?: readonly { readonly lotId: string; readonly lotNumber: string; readonly vialUnits: 100 | 200; readonly expiry: string; readonly vials: number; readonly diluentMl: number }[] | undefined;
  readonly reconstitutedAt?: string | null | undefined;
  readonly checklist?: SessionRecord["checklist"] | undefined;
  readonly otherToxin?: { readonly date: string; readonly units: number; readonly indication?: string | undefined } | null | undefined;
  readonly warningReasons?: Readonly<Record<string, string>> | undefined;
}

/**
 * The session record the domain checks, from content; `fallbackDate` when the draft has no date yet.
 * @example toSessionRecord({ date: "2026-12-03", injections: preemptFixedInjections() }, "2026-12-03").vials // []
 */
export function toSessionRecord(content: SessionContentLike, fallbackDate: string): SessionRecord {
  return {
    date: (content.date ?? fallbackDate) as PlainDate,
    injections: content.injections ?? [],
    overrideReason: content.overrideReason ?? null,
    vials: (content.vials ?? []).map((line) => ({ ...line, expiry: line.expiry as PlainDate })),
    reconstitutedAt: content.reconstitutedAt ?? null,
    givenAt: content.givenAt ?? null,
    checklist: content.checklist ?? {},
    otherToxin:
      content.otherToxin === null || content.otherToxin === undefined
        ? null
        : { date: content.otherToxin.date as PlainDate, units: content.otherToxin.units, ...(content.otherToxin.indication === undefined ? {} : { indication: content.otherToxin.indication }) },
    warningReasons: content.warningReasons ?? {},
  };
}

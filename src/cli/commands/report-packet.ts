/**
 * `cephalog report packet|renewal`: the authorization packet from one record (issue 10 §2). Before
 * it is made, what is missing is checked (src/domain/authorization): with gaps, each is printed on
 * standard error and nothing is written (exit 3) unless `--draft` asks for the packet anyway, with
 * the list on its first page (docs/reports.md, ADR 0026).
 */
import type { AssessOptions } from "#domain/assess/assessment.ts";
import type { PacketKind } from "#domain/authorization/packet-gap.ts";
import { whatIsMissing } from "#domain/authorization/what-is-missing.ts";
import type { PatientRecord } from "#domain/shared/record.ts";
import { renderPacketPdf } from "#server/reports/packet/packet-pdf.ts";

/** The exit status when something is missing and no draft was asked for. */
export const MISSING_EXIT = 3;

export type PacketMade = { readonly ok: true; readonly pdf: Uint8Array } | { readonly ok: false; readonly status: number };

/** Makes the packet, or says what is missing (each line through `say`, without a trailing newline). */
export async function makePacketPdf(kind: PacketKind, record: PatientRecord, options: AssessOptions, draft: boolean, say: (line: string) => void): Promise<PacketMade> {
  const gaps = whatIsMissing(record, options, kind);
  if (gaps.length > 0) {
    const head = draft ? `warning: a draft: ${gaps.length} missing (listed on its first page)` : `not made: ${gaps.length} missing (use --draft for a draft with this list on its first page)`;
    say(`${kind === "initial" ? "packet" : "renewal"} as of ${options.asOf} under ${options.policy}: ${head}:`);
    for (const gap of gaps) say(`  - ${gap.text}`);
    if (!draft) return { ok: false, status: MISSING_EXIT };
  }
  const { pdf } = await renderPacketPdf(record, { ...options, kind });
  return { ok: true, pdf };
}

/**
 * How each document kind of the patient page is made from a stored patient's record: one entry
 * per name of DOCUMENT_KINDS (src/contracts/api/documents.ts), so a new document is one entry
 * here and one name there. Each draws with the same code the command line runs (`cephalog
 * report`); what a record file cannot hold (the diary's provenance) is read here, in the record's
 * snapshot (`gather`), and an authorization packet with something missing is refused there,
 * before anything is drawn, unless a draft was asked for (ADR 0026).
 */
import type { DocumentKind } from "#contracts/api/documents.ts";
import type { AssessOptions } from "#domain/assess/assessment.ts";
import type { PacketKind } from "#domain/authorization/packet-gap.ts";
import type { PatientRecord } from "#domain/shared/record.ts";
import { AppError } from "../../app-error.ts";
import type { Executor } from "../../shared/executor.ts";
import { buildPacket } from "../../reports/packet/packet-content.ts";
import type { DiaryProvenanceFacts } from "../../reports/packet/packet-model.ts";
import { renderPacketPdf } from "../../reports/packet/packet-pdf.ts";
import { renderSummaryPdf } from "../../reports/summary/summary-pdf.ts";
import { diaryProvenance } from "./diary-provenance.ts";
import { diaryRevisionsBetween } from "./provenance-repository.ts";

/** A document asked for: the record as of a date under a policy, and whether a draft will do. */
export interface DocumentInput {
  readonly record: PatientRecord;
  readonly options: AssessOptions;
  /** A packet with something missing is made anyway, the list on its first page. */
  readonly draft: boolean;
}

/** What a document read from the database besides the record. */
export interface GatheredFacts {
  readonly provenance?: DiaryProvenanceFacts | undefined;
}

export interface DocumentBuilder {
  /** Reads what the document needs besides the record, in the record's snapshot; may refuse. */
  readonly gather?: (tx: Executor, target: { clinicId: string; patientId: string }, input: DocumentInput) => Promise<GatheredFacts>;
  /** Draws the PDF (outside the snapshot: nothing is read while pdfkit works). */
  readonly render: (input: DocumentInput, facts: GatheredFacts) => Promise<Uint8Array>;
}

/** The packet's name in the refusal's message. */
const PACKET_NAMES: Readonly<Record<PacketKind, string>> = { initial: "authorization packet", renewal: "renewal packet" };

/**
 * An authorization packet (initial or renewal): its gaps checked first, then the provenance of the
 * diary in the windows it shows, from every stored revision of those days.
 */
function packetBuilder(kind: PacketKind, documentKind: "packet" | "renewal"): DocumentBuilder {
  return {
    gather: async (tx, target, { record, options, draft }) => {
      const { content, gaps } = buildPacket(record, { ...options, kind });
      if (gaps.length > 0 && !draft) {
        throw new AppError("conflict", `The ${PACKET_NAMES[kind]} is not ready: ${gaps.length} ${gaps.length === 1 ? "item is" : "items are"} missing (details.gaps). Ask for a draft (?draft=true) to make it anyway.`, {
          kind: documentKind,
          gaps: gaps.map((gap) => gap.text),
        });
      }
      if (content.windows.length === 0) return {};
      const from = content.windows.map((w) => w.start).reduce((a, b) => (a < b ? a : b));
      const to = content.windows.map((w) => w.end).reduce((a, b) => (a > b ? a : b));
      const revisions = await diaryRevisionsBetween(tx, target, { from, to });
      return { provenance: diaryProvenance(revisions, content.windows) };
    },
    render: async ({ record, options }, facts) => (await renderPacketPdf(record, { ...options, kind, provenance: facts.provenance })).pdf,
  };
}

export const DOCUMENT_BUILDERS: Readonly<Record<DocumentKind, DocumentBuilder>> = {
  summary: { render: async ({ record, options }) => (await renderSummaryPdf(record, options)).pdf },
  packet: packetBuilder("initial", "packet"),
  renewal: packetBuilder("renewal", "renewal"),
};

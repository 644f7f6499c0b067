/**
 * The authorization packet as a PDF (issue 10 §2, document 2), initial or renewal: the content
 * (packet-content.ts) drawn on A4 (draw-packet.ts). The command line refuses to make it while
 * something is missing unless asked for a draft; this function draws what it is given, the
 * "what is missing" list first when there is one.
 */
import type { PatientRecord } from "#domain/shared/record.ts";
import { startPdf } from "../pdf/pdf-document.ts";
import { buildPacket, type PacketBuild, type PacketOptions } from "./packet-content.ts";
import { drawPacket } from "./draw-packet.ts";

export interface PacketPdf extends PacketBuild {
  readonly pdf: Uint8Array;
}

/**
 * Renders the packet of a record; the file's creation date is the as-of date, so the same record
 * and options give the same content.
 */
export async function renderPacketPdf(record: PatientRecord, options: PacketOptions): Promise<PacketPdf> {
  const build = buildPacket(record, options);
  const { doc, bytes } = startPdf({
    title: build.content.title,
    subject: `Cephalog authorization packet (${options.kind}) as of ${options.asOf}`,
    creationDate: new Date(`${options.asOf}T12:00:00Z`),
  });
  drawPacket(doc, build.content);
  doc.end();
  return { ...build, pdf: await bytes };
}

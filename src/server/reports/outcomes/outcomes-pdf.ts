/**
 * The clinic outcomes document as a PDF (issue 10 §3, document 3): the content from the cohort's
 * figures (outcomes-content.ts), drawn on A4 (draw-outcomes.ts). No browser, no server: the
 * command line and, later, the server's jobs call this alike.
 */
import type { CohortFigures } from "#domain/outcomes/cohort-tally.ts";
import { startPdf } from "../pdf/pdf-document.ts";
import { buildOutcomesContent, type OutcomesMeta } from "./outcomes-content.ts";
import { drawOutcomes } from "./draw-outcomes.ts";
import type { OutcomesContent } from "./outcomes-model.ts";

export interface OutcomesPdf {
  readonly content: OutcomesContent;
  readonly pdf: Uint8Array;
}

/**
 * Renders the outcomes of a cohort. The file's creation date is the as-of date, so the same
 * figures give the same file.
 */
export async function renderOutcomesPdf(figures: CohortFigures, meta: OutcomesMeta): Promise<OutcomesPdf> {
  const content = buildOutcomesContent(figures, meta);
  const { doc, bytes } = startPdf({
    title: "Clinic outcomes",
    subject: `Cephalog clinic outcomes, sessions ${figures.from} to ${figures.to}, as of ${figures.asOf}`,
    creationDate: new Date(`${figures.asOf}T12:00:00Z`),
  });
  drawOutcomes(doc, content);
  doc.end();
  return { content, pdf: await bytes };
}

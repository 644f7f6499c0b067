/**
 * The FHIR bulk export from the reports page (issue 10 §4; ADR 0025; FHIR Bulk Data Access 2.0):
 * the kick-off `GET /fhir/R4/Group/:clinicId/$export` with `Prefer: respond-async` answers 202 and
 * the status address; the status answers 202 with `X-Progress` while the job runs, then 200 with
 * the manifest of NDJSON files. The browser's session cookie is the credential (the files are for
 * the person who asked). Errors come as an OperationOutcome, whose diagnostics are shown.
 */
export interface BulkFile {
  readonly type: string;
  /** The file's path on this server (same origin: the session cookie goes with it). */
  readonly path: string;
  readonly count: number;
}

export type BulkStatus =
  | { readonly phase: "running"; readonly done: number | null; readonly total: number | null }
  | { readonly phase: "done"; readonly files: readonly BulkFile[] };

/**
 * The job's progress from the status's X-Progress header ("40 of 143 patients", or "queued").
 * @example bulkProgress("40 of 143 patients") // { done: 40, total: 143 }
 * @example bulkProgress("queued") // { done: null, total: null }
 */
export function bulkProgress(header: string | null): { done: number | null; total: number | null } {
  const found = /^(\d+) of (\d+) patients$/.exec(header?.trim() ?? "");
  return found === null ? { done: null, total: null } : { done: Number(found[1]), total: Number(found[2]) };
}

/** The path of an absolute address the server gave (its own origin), so the request keeps the page's origin. */
const pathOf = (url: string) => {
  const parsed = new URL(url, window.location.href);
  return `${parsed.pathname}${parsed.search}`;
};

/** The OperationOutcome's words, or a plain sentence for anything else. */
async function failure(response: Response): Promise<Error> {
  try {
    const outcome = (await response.json()) as { issue?: { diagnostics?: string }[] };
    const words = outcome.issue?.map((issue) => issue.diagnostics).filter((text): text is string => typeof text === "string");
    if (words !== undefined && words.length > 0) return new Error(words.join(" "));
  } catch {
    // Not JSON: the status alone.
  }
  return new Error(response.status === 0 ? "Cannot reach the Cephalog server." : `The server answered ${response.status}.`);
}

async function send(path: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(path, { credentials: "same-origin", headers });
  } catch {
    throw new Error("Cannot reach the Cephalog server. Check the connection and try again.");
  }
}

/** Starts a bulk export of the clinic; the status path to poll. */
export async function startBulkExport(clinicId: string): Promise<string> {
  const response = await send(`/fhir/R4/Group/${encodeURIComponent(clinicId)}/$export`, { accept: "application/fhir+json", prefer: "respond-async" });
  const location = response.headers.get("content-location");
  if (response.status !== 202 || location === null) throw await failure(response);
  return pathOf(location);
}

/** The export's status: running with its progress, or done with its files. */
export async function bulkExportStatus(statusPath: string): Promise<BulkStatus> {
  const response = await send(statusPath, { accept: "application/json" });
  if (response.status === 202) return { phase: "running", ...bulkProgress(response.headers.get("x-progress")) };
  if (response.status !== 200) throw await failure(response);
  const manifest = (await response.json()) as { output?: { type: string; url: string; count: number }[] };
  return { phase: "done", files: (manifest.output ?? []).map((file) => ({ type: file.type, path: pathOf(file.url), count: file.count })) };
}

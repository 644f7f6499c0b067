/**
 * Downloads for the documents card: a file fetched with the session cookie (so a refusal or a
 * lost connection is shown on the page in words, not as a JSON page in a new tab), then handed
 * to the browser's downloads as a named file.
 */
import { packetGapsDetailsSchema } from "#contracts/api/documents.ts";
import { errorFromResponse } from "#web/app/api.ts";
import { ApiError } from "#web/app/api-error.ts";

/**
 * The server refused an authorization packet because something is missing (409 with
 * `details.gaps`, ADR 0026): the card shows the list, and a draft can be asked for.
 */
export class PacketNotReady extends Error {
  override readonly name = "PacketNotReady";
  readonly gaps: readonly string[];
  constructor(gaps: readonly string[]) {
    super(`${gaps.length} missing`);
    this.gaps = gaps;
  }
}

/** The gaps of a 409 answer, or null when it is another refusal. */
async function gapsOfRefusal(response: Response): Promise<readonly string[] | null> {
  try {
    const body = (await response.json()) as { error?: { details?: unknown } };
    const parsed = packetGapsDetailsSchema.safeParse(body.error?.details);
    return parsed.success ? parsed.data.gaps : null;
  } catch {
    return null;
  }
}

/**
 * The file name a Content-Disposition header gives, or null.
 * @example fileNameOfDisposition('attachment; filename="cephalog-summary-MRN-1-2026-07-20.pdf"') // "cephalog-summary-MRN-1-2026-07-20.pdf"
 * @example fileNameOfDisposition(null) // null
 */
export function fileNameOfDisposition(header: string | null): string | null {
  const found = /filename="([^"]+)"/.exec(header ?? "") ?? /filename=([^;\s]+)/.exec(header ?? "");
  return found?.[1] ?? null;
}

/** Fetches a file the server makes (a PDF); rejects with an ApiError, as `api` does, or PacketNotReady. */
export async function fetchFile(url: string, type: string): Promise<{ readonly blob: Blob; readonly fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin", headers: { accept: `${type}, application/json` } });
  } catch {
    throw new ApiError("network_unreachable", "Cannot reach the server.", 0);
  }
  if (response.status === 409) {
    const gaps = await gapsOfRefusal(response.clone());
    if (gaps !== null) throw new PacketNotReady(gaps);
  }
  if (!response.ok) throw await errorFromResponse(response);
  // A 200 that is not the file (a captive portal's page) is never saved as if it were.
  if (!(response.headers.get("content-type") ?? "").startsWith(type)) throw new ApiError("unexpected_response", "The server's answer was not the file asked for.", response.status);
  return { blob: await response.blob(), fileName: fileNameOfDisposition(response.headers.get("content-disposition")) };
}

/** Hands a file to the browser's downloads under a name. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has started the download (it reads the URL on the click's task).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

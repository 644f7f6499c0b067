/** The instant a revision is recorded at, never before the one it follows. */

/**
 * An instant for a revision saved now after `previous`: never before it, so `recorded_at` reads in
 * the same order as the revisions even when this server's clock is behind the one that saved it.
 * @example recordedAfter(new Date("2026-07-20T10:00:00Z"), "2026-07-20T10:00:05.000Z") // "2026-07-20T10:00:05.000Z"
 */
export function recordedAfter(now: Date, previous: string | undefined): string {
  if (previous === undefined) return now.toISOString();
  const previousTime = new Date(previous).getTime();
  return previousTime > now.getTime() ? new Date(previousTime).toISOString() : now.toISOString();
}

/**
 * The access rows of reads, written in batches (ADR 0016, amended): a read's row is queued when
 * its answer is ready and written with the others of the next 50 ms in one INSERT, after the
 * answer has gone. One insert per read on the request's path cost 13-15% of the lightest chart
 * read (GET of a patient, on both databases), over the 10%; a batch of rows costs about
 * what one row does.
 *
 * What it keeps: every read's row reaches the database within the delay, or, when the database
 * refuses them, stays queued and is retried; past BACKLOG_LIMIT rows waiting, reads wait for
 * theirs again (and fail with 500 while they cannot be written), so a broken audit table stops
 * reads instead of losing their rows. What it gives up: a process killed within the delay loses
 * the rows of its last reads (the same kind of window as `synchronous_commit = off`, which reads
 * already had). A graceful stop writes the queue first (`close`).
 */
import type { AuditEventInput } from "../../shared/audit-repository.ts";
import { insertReadEvents } from "../../shared/audit-repository.ts";
import type { Log } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";

export interface ReadRowWriterOptions {
  /** How long a row may wait for its batch (ms). */
  readonly delayMs?: number;
  /** The most rows one INSERT takes. */
  readonly batchRows?: number;
  /** Past this many rows waiting, a read waits for its own row before it is served. */
  readonly backlogLimit?: number;
  /** The longest wait before writing again after a refused batch (ms); doubles from delayMs. */
  readonly maxRetryMs?: number;
}

export interface ReadRowWriter {
  /**
   * Queues a read's row. Resolves at once, or, with the backlog past its limit, once the row is
   * written (and rejects when it cannot be).
   */
  add(row: AuditEventInput): Promise<void>;
  /** Writes every queued row now; rejects when the database refuses them (they stay queued). */
  flush(): Promise<void>;
  /** Writes what is queued (trying a few times) and stops the timer. */
  close(): Promise<void>;
  /** Rows waiting to be written. */
  readonly waiting: number;
}

const DEFAULTS = { delayMs: 50, batchRows: 500, backlogLimit: 5_000, maxRetryMs: 5_000 } as const;

interface Queued {
  readonly row: AuditEventInput;
  /** Settles a read that waits for its row (backlog past the limit). */
  readonly settle?: { resolve(): void; reject(error: unknown): void };
}

export function createReadRowWriter(db: Executor, log: Pick<Log, "error">, options: ReadRowWriterOptions = {}): ReadRowWriter {
  const { delayMs, batchRows, backlogLimit, maxRetryMs } = { ...DEFAULTS, ...options };
  let queue: Queued[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> | null = null;
  let retryMs = delayMs;
  let closed = false;

  const schedule = (ms: number) => {
    if (timer !== null || closed) return;
    timer = setTimeout(() => {
      timer = null;
      flush().catch(() => undefined);
    }, ms);
    // A queued row never keeps the process alive on its own; close() writes it.
    timer.unref();
  };

  async function writeBatches(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, batchRows);
      try {
        await insertReadEvents(db, batch.map((item) => item.row));
      } catch (error) {
        // Kept, in order, for the next try; the reads waiting for their rows fail.
        for (const item of batch) item.settle?.reject(error);
        queue = [...batch.map(({ row }) => ({ row })), ...queue.slice(batch.length)];
        retryMs = Math.min(maxRetryMs, retryMs * 2);
        // Ids and counts only: the rows name who read whom.
        log.error({ waiting: queue.length }, "audit: read rows could not be written; they stay queued");
        schedule(retryMs);
        throw error;
      }
      queue = queue.slice(batch.length);
      for (const item of batch) item.settle?.resolve();
      retryMs = delayMs;
    }
  }

  function flush(): Promise<void> {
    // One writer at a time: a flush asked during a write waits for it, then writes what came since.
    writing ??= writeBatches().finally(() => {
      writing = null;
    });
    return writing.then(() => (queue.length > 0 ? flush() : undefined));
  }

  return {
    add(row) {
      if (queue.length >= backlogLimit) {
        const written = new Promise<void>((resolve, reject) => queue.push({ row, settle: { resolve, reject } }));
        flush().catch(() => undefined);
        return written;
      }
      queue.push({ row });
      if (queue.length >= batchRows) flush().catch(() => undefined);
      else schedule(delayMs);
      return Promise.resolve();
    },
    flush,
    async close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      for (let attempt = 0; attempt < 3 && queue.length > 0; attempt += 1) await flush().catch(() => undefined);
      if (queue.length > 0) log.error({ lost: queue.length }, "audit: read rows could not be written before the server stopped");
    },
    get waiting() {
      return queue.length;
    },
  };
}

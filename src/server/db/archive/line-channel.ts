/**
 * A bounded hand-over of lines from a writer to a reader running at the same time (the move to
 * PostgreSQL reads the embedded database while it writes the server): the writer waits while
 * the reader is `capacity` lines behind, so a large clinic never sits in memory, and a failure
 * on either side ends the other.
 */
import type { LineSink } from "./write-archive.ts";

export interface LineChannel {
  readonly sink: LineSink;
  readonly lines: AsyncIterable<string>;
  /** The writer is done (or failed: the reader then throws that error). */
  close(error?: unknown): void;
  /** The reader gave up: the writer's next line throws this error. */
  abandon(error: unknown): void;
}

export function lineChannel(capacity = 2000): LineChannel {
  const buffer: string[] = [];
  let closed = false;
  let writerError: unknown;
  let readerError: unknown;
  let wakeReader: (() => void) | undefined;
  let wakeWriter: (() => void) | undefined;
  const wake = (which: "reader" | "writer") => {
    const resume = which === "reader" ? wakeReader : wakeWriter;
    if (which === "reader") wakeReader = undefined;
    else wakeWriter = undefined;
    resume?.();
  };

  return {
    async sink(line) {
      if (readerError !== undefined) throw readerError;
      while (buffer.length >= capacity) {
        await new Promise<void>((resolve) => (wakeWriter = resolve));
        if (readerError !== undefined) throw readerError;
      }
      buffer.push(line);
      wake("reader");
    },
    lines: {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          const line = buffer.shift();
          if (line !== undefined) {
            wake("writer");
            yield line;
            continue;
          }
          if (writerError !== undefined) throw writerError;
          if (closed) return;
          await new Promise<void>((resolve) => (wakeReader = resolve));
        }
      },
    },
    close(error) {
      closed = true;
      if (error !== undefined) writerError = error;
      wake("reader");
    },
    abandon(error) {
      readerError = error ?? new Error("the reader stopped");
      wake("writer");
    },
  };
}

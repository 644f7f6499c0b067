import { describe, expect, it } from "vitest";
import { processStartedAt } from "./process-start.ts";

describe("processStartedAt", () => {
  it.runIf(process.platform === "linux")("reads this process's start from /proc, within a second of its known start", () => {
    const started = processStartedAt(process.pid);
    expect(started).not.toBeNull();
    expect(Math.abs(started!.getTime() - performance.timeOrigin)).toBeLessThan(1000);
  });

  it("answers null for a pid that is not running", () => {
    expect(processStartedAt(2 ** 22 + 12345)).toBeNull();
  });
});

/**
 * `bin/cephalog report packet|renewal` (issue 10 §2): what is missing printed on standard error
 * with exit 3 and nothing written, `--draft` writing the packet with the list on its first page,
 * and a complete record's packet written with exit 0.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturePath, runCephalog, type CliResult } from "../assess/cli.ts";
import { pdfText } from "./pdf-inspect.ts";

const dir = mkdtempSync(join(tmpdir(), "cephalog-packet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runReport = (args: readonly string[]): Promise<CliResult> => runCephalog("report", args);

/** A fixture with HIT-6 and MIDAS added, written to a file. */
function withScores(name: string): string {
  const record = JSON.parse(readFileSync(fixturePath(`${name}.record.json`), "utf8")) as Record<string, unknown>;
  record.questionnaires = [
    { instrument: "HIT-6", date: "2025-12-20", responses: [4, 4, 3, 3, 4, 3] },
    { instrument: "MIDAS", date: "2025-12-20", responses: [6, 9, 11, 7, 5], a: 52, b: 7 },
    { instrument: "HIT-6", date: "2026-06-10", responses: [2, 2, 1, 2, 1, 1] },
    { instrument: "MIDAS", date: "2026-06-10", responses: [1, 3, 2, 4, 0] },
  ];
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(record));
  return file;
}

describe("cephalog report packet and renewal", () => {
  it("names each gap on standard error and writes nothing, with exit 3", async () => {
    const out = join(dir, "refused.pdf");
    const result = await runReport(["packet", fixturePath("incomplete-diary.record.json"), "--policy", "nice-ta260", "--out", out]);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("packet as of 2026-07-20 under nice-ta260: not made: 4 missing");
    expect(result.stderr).toContain("  - 20 recorded days in the window ending 2026-07-20 (19 so far)\n");
    expect(result.stderr).toContain("  - a MIDAS dated on or before 2026-07-20 (the packet shows its five items)\n");
    expect(existsSync(out)).toBe(false);
  });

  it("writes a draft with the list on its first page when asked", async () => {
    const out = join(dir, "draft.pdf");
    const result = await runReport(["renewal", fixturePath("nice-non-responder.record.json"), "--draft", "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${out}\n`);
    expect(result.stderr).toContain("renewal as of 2026-06-21 under nice-ta260: warning: a draft: 3 missing");
    const text = await pdfText(new Uint8Array(readFileSync(out)));
    expect(text.pages[0]!.join(" ")).toContain("DRAFT: what is missing (3) • 30% fewer headache days than at baseline (20% at the evaluation window ending 2026-06-21; NICE TA260)");
  });

  it("writes a complete record's packet and renewal with exit 0 and nothing on standard error", async () => {
    const packet = join(dir, "packet.pdf");
    const initial = await runReport(["packet", withScores("eligible-chronic"), "--policy", "us-payer", "--out", packet]);
    expect(initial.stderr).toBe("");
    expect(initial.status).toBe(0);
    expect((await pdfText(new Uint8Array(readFileSync(packet)))).flat).toContain("Eligible under US payer as of 2026-07-20.");

    const renewal = join(dir, "renewal.pdf");
    const second = await runReport(["renewal", withScores("responder-two-cycles"), "--as-of", "2026-06-30", "--out", renewal]);
    expect(second.stderr).toBe("");
    expect(second.status).toBe(0);
    expect((await pdfText(new Uint8Array(readFileSync(renewal)))).flat).toContain("60% fewer headache days than at baseline: reaches the threshold of 50%.");
  });

  it("documents exit 3 and --draft, and refuses --draft for the summary", async () => {
    const help = await runReport(["--help"]);
    expect(help.stdout).toContain("3 when a packet or renewal has something missing");
    expect(help.stdout).toContain("--draft");
    const summary = await runReport(["summary", fixturePath("eligible-chronic.record.json"), "--draft", "--out", join(dir, "s.pdf")]);
    expect(summary.status).toBe(2);
    expect(summary.stderr).toContain("--draft: only for packet and renewal");
  });
});

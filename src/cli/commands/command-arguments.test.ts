import { describe, expect, it } from "vitest";
import { readCommandArguments } from "./command-arguments.ts";

const spec = { valued: ["--as-of", "--policy"], flags: ["--draft"] } as const;

describe("readCommandArguments", () => {
  it("reads positionals, values in both spellings, flags and help; a repeated value's last counts", () => {
    const read = readCommandArguments(["summary", "r.json", "--as-of", "2026-01-01", "--policy=nice-ta260", "--draft", "--as-of=2026-02-02", "-h"], spec);
    expect(read).toEqual({ ok: true, value: { help: true, flags: new Set(["--draft"]), values: { "--as-of": "2026-02-02", "--policy": "nice-ta260" }, positional: ["summary", "r.json"] } });
  });

  it("takes '-' and everything after '--' as positional", () => {
    expect(readCommandArguments(["-", "--", "--as-of", "-x"], spec)).toMatchObject({ ok: true, value: { positional: ["-", "--as-of", "-x"], values: {} } });
  });

  it("names an unknown option, a flag given a value, and a value that is missing", () => {
    expect(readCommandArguments(["--asof", "x"], spec)).toEqual({ ok: false, message: 'unknown option "--asof"' });
    expect(readCommandArguments(["--draft=yes"], spec)).toEqual({ ok: false, message: 'unknown option "--draft"' });
    expect(readCommandArguments(["r.json", "--policy"], spec)).toEqual({ ok: false, message: "--policy needs a value" });
  });
});

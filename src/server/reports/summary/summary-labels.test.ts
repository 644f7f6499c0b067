import { describe, expect, it } from "vitest";
import { overuseFindingWords } from "./summary-labels.ts";

describe("overuseFindingWords", () => {
  it("names the classes whose rule held in each window", () => {
    expect(overuseFindingWords(["triptan"])).toBe("triptan in each of W1–W3");
    expect(overuseFindingWords(["triptan", "simple-analgesic"])).toBe("triptan, simple analgesic in each of W1–W3");
  });

  it("does not claim one pattern in every window when no single rule held throughout (pathway-rules §4)", () => {
    const words = overuseFindingWords(["multiple-classes"]);
    expect(words).not.toContain("several classes in each");
    expect(words).toContain("no one class throughout");
  });
});

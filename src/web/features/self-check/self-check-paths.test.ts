import { describe, expect, it } from "vitest";
import { isSelfCheckPath } from "./self-check-paths.ts";

describe("the self-check's public paths", () => {
  it.each([
    ["/is-it-right-for-me", true],
    ["/is-it-right-for-me/diary", true],
    ["/is-it-right-for-me/summary", true],
    ["/is-it-right-for-meow", false],
    ["/my-self-kept-diary", false],
    ["/", false],
    ["/today", false],
  ])("%s is public: %s", (path, expected) => {
    expect(isSelfCheckPath(path)).toBe(expected);
  });
});

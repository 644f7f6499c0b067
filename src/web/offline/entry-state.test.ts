import { describe, expect, it } from "vitest";
import { entryStateOf } from "./entry-state.ts";

describe("entryStateOf", () => {
  it("puts every outbox state in one of the three words", () => {
    expect(entryStateOf("pending")).toBe("on-phone");
    expect(entryStateOf("sent")).toBe("sent");
    expect(entryStateOf("needs-attention")).toBe("attention");
  });
});

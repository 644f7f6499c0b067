import { describe, expect, it } from "vitest";
import { holdersText } from "./permission-words.ts";

describe("who may, in words (src/contracts/permissions.ts)", () => {
  it("names who may receive stock from the permission table", () => {
    expect(holdersText("stock.manage")).toBe("an Administrator or a Coordinator");
    expect(holdersText("clinic.manage")).toBe("an Administrator");
    expect(holdersText("sessions.draft")).toBe("a Clinician (physician) or an Injector");
  });
});

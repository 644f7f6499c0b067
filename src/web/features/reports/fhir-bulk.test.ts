/** The bulk export status's progress header read for the progress bar (fhir-bulk.ts). */
import { describe, expect, it } from "vitest";
import { bulkProgress } from "./fhir-bulk.ts";

describe("bulkProgress", () => {
  it("reads the server's X-Progress (features/fhir/routes.ts), and nothing else", () => {
    expect(bulkProgress("40 of 143 patients")).toEqual({ done: 40, total: 143 });
    expect(bulkProgress("0 of 0 patients")).toEqual({ done: 0, total: 0 });
    expect(bulkProgress("queued")).toEqual({ done: null, total: null });
    expect(bulkProgress(null)).toEqual({ done: null, total: null });
    expect(bulkProgress("40 of many patients")).toEqual({ done: null, total: null });
  });
});

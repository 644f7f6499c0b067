/**
 * The worklist's view, search, filter, sort and page kept in the address (so a view can be
 * bookmarked, shared and reloaded) and the last one remembered on this device.
 */
import { WORKLIST_SORTS, WORKLIST_VIEWS, type WorklistSort, type WorklistView } from "#contracts/api/worklist.ts";
import { PATHWAY_STATES, type PathwayState } from "#domain/pathway/pathway-status.ts";

export interface WorklistFilters {
  readonly view: WorklistView;
  readonly state: PathwayState | null;
  readonly q: string;
  readonly sort: WorklistSort;
  readonly dir: "asc" | "desc";
  readonly page: number;
}

export const DEFAULT_FILTERS: WorklistFilters = { view: "all", state: null, q: "", sort: "next-action", dir: "asc", page: 1 };

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null => (value !== null && (list as readonly string[]).includes(value) ? (value as T) : null);

/**
 * The filters a query string says, defaults for anything missing or unknown.
 * @example filtersFromSearch("?view=overdue&q=ann").view // "overdue"
 */
export function filtersFromSearch(search: string): WorklistFilters {
  const params = new URLSearchParams(search);
  const page = Number(params.get("page"));
  return {
    view: oneOf(WORKLIST_VIEWS, params.get("view")) ?? DEFAULT_FILTERS.view,
    state: oneOf(PATHWAY_STATES, params.get("state")),
    q: params.get("q") ?? "",
    sort: oneOf(WORKLIST_SORTS, params.get("sort")) ?? DEFAULT_FILTERS.sort,
    dir: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * The query string for filters, leaving out the defaults.
 * @example searchOf({ ...DEFAULT_FILTERS, view: "overdue" }) // "?view=overdue"
 */
export function searchOf(filters: WorklistFilters): string {
  const params = new URLSearchParams();
  if (filters.view !== DEFAULT_FILTERS.view) params.set("view", filters.view);
  if (filters.state !== null) params.set("state", filters.state);
  if (filters.q !== "") params.set("q", filters.q);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set("sort", filters.sort);
  if (filters.dir !== DEFAULT_FILTERS.dir) params.set("dir", filters.dir);
  if (filters.page !== 1) params.set("page", String(filters.page));
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/**
 * One language's catalogue of one namespace, loaded on demand (ADR 0020, "Loading"): each
 * src/web/i18n/locales/<lang>/<ns>.ts becomes its own chunk, so an English reader never downloads
 * Spanish and Learn's long pages load only on Learn. The service worker precaches every built
 * chunk, so this works offline too.
 */
import type { Language } from "./languages.ts";
import type { Resources } from "./resources.ts";
import { common } from "./locales/en/common.ts";
import { diary } from "./locales/en/diary.ts";
import { offline } from "./locales/en/offline.ts";
import { questionnaires } from "./locales/en/questionnaires.ts";
import { reminders } from "./locales/en/reminders.ts";
import { shell } from "./locales/en/shell.ts";
import { sideEffects } from "./locales/en/sideEffects.ts";

export type Namespace = keyof Resources;

/** Every namespace (the catalogues' file names), in no particular order. */
export const NAMESPACES: readonly Namespace[] = ["common", "diary", "learn", "offline", "reminders", "selfCheck", "shell", "sideEffects", "questionnaires", "progress", "account"];

/**
 * Namespaces only their own (lazily loaded) screens use: fetched when such a screen opens, under
 * the app's Suspense. Every other namespace is read before the first render (main.tsx).
 */
export const ON_DEMAND_NAMESPACES: readonly Namespace[] = ["learn", "selfCheck", "progress", "account"];

export const FIRST_PAINT_NAMESPACES: readonly Namespace[] = NAMESPACES.filter((namespace) => !ON_DEMAND_NAMESPACES.includes(namespace));

/**
 * English's first-paint catalogues (3 KB gzipped) ship in the app's first chunk: English is the
 * default and the fallback, and an English reader's first render then waits for no second round
 * trip after the app's script (issue 9, Lighthouse: the check-in's largest paint). Other
 * languages' catalogues still load on demand.
 */
export const ENGLISH_FIRST_PAINT: Readonly<Partial<Resources>> = { common, diary, offline, questionnaires, reminders, shell, sideEffects };

/**
 * Imports `locales/<language>/<namespace>.ts` and returns its catalogue (the export named after
 * the namespace). Vite turns the template into one chunk per file.
 * @example await loadCatalogue("es", "shell") // { nav: { today: "Hoy", … }, … }
 */
export async function loadCatalogue<N extends Namespace>(language: Language, namespace: N): Promise<Resources[N]> {
  const atHand = language === "en" ? ENGLISH_FIRST_PAINT[namespace] : undefined;
  if (atHand !== undefined) return atHand as Resources[N];
  const module = (await import(`./locales/${language}/${namespace}.ts`)) as Partial<Record<Namespace, unknown>>;
  const catalogue = module[namespace];
  if (catalogue === undefined) throw new Error(`locales/${language}/${namespace}.ts has no "${namespace}" export`);
  return catalogue as Resources[N];
}

/**
 * Every namespace in every language, bundled (the patient app opens offline, so nothing is
 * fetched). Spanish is typed as English's shape, so a missing key fails the typecheck; the test
 * checks the same at run time, and that no string is left empty.
 */
import { common as enCommon } from "./locales/en/common.ts";
import { diary as enDiary } from "./locales/en/diary.ts";
import { learn as enLearn } from "./locales/en/learn.ts";
import { reminders as enReminders } from "./locales/en/reminders.ts";
import { selfCheck as enSelfCheck } from "./locales/en/selfCheck.ts";
import { common as esCommon } from "./locales/es/common.ts";
import { diary as esDiary } from "./locales/es/diary.ts";
import { learn as esLearn } from "./locales/es/learn.ts";
import { reminders as esReminders } from "./locales/es/reminders.ts";
import { selfCheck as esSelfCheck } from "./locales/es/selfCheck.ts";
import type { Language } from "./languages.ts";

export const en = { common: enCommon, diary: enDiary, learn: enLearn, reminders: enReminders, selfCheck: enSelfCheck };
export type Resources = typeof en;

export const RESOURCES: Readonly<Record<Language, Resources>> = {
  en,
  es: { common: esCommon, diary: esDiary, learn: esLearn, reminders: esReminders, selfCheck: esSelfCheck },
};

export const NAMESPACES = Object.keys(en) as (keyof Resources)[];

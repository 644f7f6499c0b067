/**
 * Every namespace in every language, for the tests and scripts (the app itself loads each
 * catalogue on demand: load-catalogue.ts, ADR 0020), and the type i18next.d.ts checks keys
 * against. Spanish is typed as English's shape, so a missing key fails the typecheck; the test
 * checks the same at run time, and that no string is left empty.
 */
import { common as enCommon } from "./locales/en/common.ts";
import { diary as enDiary } from "./locales/en/diary.ts";
import { learn as enLearn } from "./locales/en/learn.ts";
import { offline as enOffline } from "./locales/en/offline.ts";
import { reminders as enReminders } from "./locales/en/reminders.ts";
import { selfCheck as enSelfCheck } from "./locales/en/selfCheck.ts";
import { account as enAccount } from "./locales/en/account.ts";
import { progress as enProgress } from "./locales/en/progress.ts";
import { questionnaires as enQuestionnaires } from "./locales/en/questionnaires.ts";
import { shell as enShell } from "./locales/en/shell.ts";
import { sideEffects as enSideEffects } from "./locales/en/sideEffects.ts";
import { common as esCommon } from "./locales/es/common.ts";
import { diary as esDiary } from "./locales/es/diary.ts";
import { learn as esLearn } from "./locales/es/learn.ts";
import { offline as esOffline } from "./locales/es/offline.ts";
import { reminders as esReminders } from "./locales/es/reminders.ts";
import { selfCheck as esSelfCheck } from "./locales/es/selfCheck.ts";
import { account as esAccount } from "./locales/es/account.ts";
import { progress as esProgress } from "./locales/es/progress.ts";
import { questionnaires as esQuestionnaires } from "./locales/es/questionnaires.ts";
import { shell as esShell } from "./locales/es/shell.ts";
import { sideEffects as esSideEffects } from "./locales/es/sideEffects.ts";
import type { Language } from "./languages.ts";

export const en = { common: enCommon, diary: enDiary, learn: enLearn, offline: enOffline, reminders: enReminders, selfCheck: enSelfCheck, shell: enShell, sideEffects: enSideEffects, questionnaires: enQuestionnaires, progress: enProgress, account: enAccount };
export type Resources = typeof en;

export const RESOURCES: Readonly<Record<Language, Resources>> = {
  en,
  es: { common: esCommon, diary: esDiary, learn: esLearn, offline: esOffline, reminders: esReminders, selfCheck: esSelfCheck, shell: esShell, sideEffects: esSideEffects, questionnaires: esQuestionnaires, progress: esProgress, account: esAccount },
};

export const NAMESPACES = Object.keys(en) as (keyof Resources)[];

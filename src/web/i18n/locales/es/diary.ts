import type { diary as en } from "../en/diary.ts";

/** Las palabras de las pantallas de diary. */
export const diary: typeof en = {};

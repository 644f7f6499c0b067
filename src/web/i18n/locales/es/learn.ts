import type { learn as en } from "../en/learn.ts";

/** Las palabras de las pantallas de learn. */
export const learn: typeof en = {};

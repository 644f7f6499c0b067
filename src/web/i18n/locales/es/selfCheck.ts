import type { selfCheck as en } from "../en/selfCheck.ts";

/** Las palabras de las pantallas de selfCheck. */
export const selfCheck: typeof en = {};

import type { common as en } from "../en/common.ts";

/** Palabras compartidas por las pantallas del paciente. */
export const common: typeof en = {
  language: {
    label: "Idioma",
    hint: "Las palabras de la aplicación y la forma de escribir las fechas.",
  },
};

/** Lo que hay en este teléfono: la nueva versión, cerrar sesión con entradas sin enviar, el estado de cada entrada. */
import type { offline as en } from "../en/offline.ts";

export const offline: typeof en = {
  update: {
    title: "Hay una versión nueva",
    body: "Todo lo que guardó sigue en este teléfono.",
    reload: "Recargar",
  },
  signOut: {
    button: "Cerrar sesión",
    busy: "Cerrando sesión…",
    failed: "No se cerró la sesión: {{reason}}",
    unsentTitle_one: "Hay {{count}} entrada sin enviar",
    unsentTitle_other: "Hay {{count}} entradas sin enviar",
    diaryDays_one: "{{count}} día del diario",
    diaryDays_other: "{{count}} días del diario",
    sideEffects_one: "{{count}} aviso o respuesta sobre efectos secundarios",
    sideEffects_other: "{{count}} avisos o respuestas sobre efectos secundarios",
    questionnaires_one: "{{count}} cuestionario",
    questionnaires_other: "{{count}} cuestionarios",
    whatHappens: "Si cierra la sesión, se quedan en este teléfono y se envían cuando vuelva a entrar aquí. Nadie más que entre en este teléfono puede enviarlas.",
    better: "Mejor: siga con la sesión abierta hasta que el teléfono tenga conexión y se envíen.",
    stay: "Seguir con la sesión",
    anyway: "Cerrar sesión igualmente",
  },
  questionnaires: {
    title: "Cuestionarios en este teléfono",
  },
  entryState: {
    onPhone: "En este teléfono, sin enviar",
    sent: "Enviado",
    attention: "Necesita atención",
  },
};

import type { questionnaires as en } from "../en/questionnaires.ts";

/**
 * Las pantallas de cuestionarios del paciente: nuestras palabras alrededor del HIT-6 y el MIDAS.
 * Las preguntas del HIT-6 llegan con la redacción con licencia de la clínica, y las del MIDAS se
 * quedan en inglés tal como se publicaron (clinical-facts.md no recoge una versión española).
 */
export const questionnaires: typeof en = {
  names: {
    "HIT-6": "Impacto del dolor de cabeza (HIT-6)",
    MIDAS: "Dolor de cabeza y vida diaria (MIDAS)",
  },
  about: {
    "HIT-6": "6 preguntas sobre cómo le afectaron los dolores de cabeza en las últimas 4 semanas.",
    MIDAS: "7 preguntas sobre los días perdidos por los dolores de cabeza en los últimos 3 meses.",
  },
  grades: {
    "little-or-none": "Los dolores de cabeza afectaron poco o nada a su vida diaria en las últimas 4 semanas.",
    some: "Los dolores de cabeza afectaron algo a su vida diaria en las últimas 4 semanas.",
    substantial: "Los dolores de cabeza afectaron bastante a su vida diaria en las últimas 4 semanas.",
    severe: "Los dolores de cabeza afectaron mucho a su vida diaria en las últimas 4 semanas.",
    I: "Los dolores de cabeza le hicieron perder pocos días o ninguno en los últimos 3 meses.",
    II: "Los dolores de cabeza le hicieron perder algunos días en los últimos 3 meses.",
    III: "Los dolores de cabeza le hicieron perder bastantes días en los últimos 3 meses.",
    IV: "Los dolores de cabeza le hicieron perder muchos días en los últimos 3 meses.",
  },
  score: {
    headline: "Su puntuación en el {{instrument}} es {{score}}.",
    same: "Es igual que la última vez.",
    lower_one: "Es {{count}} punto menos que la última vez (cuanto más baja, mejor).",
    lower_other: "Son {{count}} puntos menos que la última vez (cuanto más baja, mejor).",
    higher_one: "Es {{count}} punto más que la última vez.",
    higher_other: "Son {{count}} puntos más que la última vez.",
  },
  due: {
    beforeVisit: "Antes de su visita del {{date}}",
    baseline: "Antes de empezar el tratamiento",
    titleOne: "Un cuestionario para su clínica",
    titleMany: "Cuestionarios para su clínica",
    why: "{{reason}}. Ayudan a su clínica a ver cómo se encuentra.",
    copyTotal: "Copie la puntuación de su formulario en papel.",
  },
  page: {
    storage: "Este teléfono no puede guardar cuestionarios: {{problem}}.",
    storageFix: "Pruebe en una ventana normal (no privada), o libere espacio en el teléfono.",
    invalid: "No se guardó: hay respuestas que corregir.",
    opening: "Abriendo…",
    savedHere: "Guardado en este teléfono.",
    midasEnglish: "Las preguntas del MIDAS se muestran en inglés, tal como se publicaron: todavía no tenemos una versión en español revisada.",
  },
  midas: {
    intro: "Sobre los últimos 3 meses. Cuente solo los días en que la causa fueron sus dolores de cabeza.",
    none: "Ninguno",
    noneHint: "0 días",
    typeLabel: "O escriba el número de días",
    typeProblem: "Escriba el número de días como un número entero del 0 al {{max}}.",
    next: "Siguiente",
    painScale: "0 es nada de dolor; 10 es el peor dolor posible.",
    painNone: " (nada de dolor)",
    painWorst: " (el peor dolor posible)",
  },
  hit6: {
    lastFourWeeks: "Sobre las últimas 4 semanas.",
    totalQuestion: "¿Cuál es el total de su formulario HIT-6 en papel?",
    totalHow: "Su clínica le da el HIT-6 en papel. Conteste sus 6 preguntas sobre las últimas 4 semanas, sume los puntos como indica el formulario y escriba aquí el total.",
    totalLabel: "Total (de {{min}} a {{max}})",
    totalProblem: "Escriba el total del formulario: un número del {{min}} al {{max}}.",
    saving: "Guardando…",
    save: "Guardar",
    noForm: "No tengo el formulario en papel",
  },
  result: {
    atVisit: "Su clínica lo repasará con usted en la visita.",
    sent: "Enviado a su clínica.",
    pending: "Guardado en este teléfono.",
    pendingWhen: "Se enviará a su clínica en cuanto tenga conexión.",
    sendNow: "Intentar enviarlo ahora",
    notSent: "Guardado en este teléfono, aún sin enviar.",
    couldNotSend: "No se pudo enviar.",
    next: "Siguiente: {{name}}",
    backToday: "Volver a hoy",
  },
};

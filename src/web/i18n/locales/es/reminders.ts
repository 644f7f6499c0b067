import type { reminders as en } from "../en/reminders.ts";

/** Las palabras de las pantallas de recordatorios. */
export const reminders: typeof en = {
  title: "Recordatorios",
  intro: "Cephalog puede avisarle para rellenar el diario, antes de una cita y cuando tenga un cuestionario pendiente. Aquí puede desactivar cualquiera de ellos.",
  loading: "Cargando sus recordatorios…",
  loadFailed: "No se han podido cargar sus recordatorios.",
  retry: "Reintentar",
  kinds: {
    legend: "Avísame",
    diary: "Para rellenar el diario, si aún no lo he hecho ese día",
    visits: "El día antes de una cita",
    questionnaires: "Cuando tenga un cuestionario corto pendiente",
  },
  time: {
    label: "Hora del aviso del diario",
    hint: "En su zona horaria: {{zone}}.",
  },
  quiet: {
    legend: "Horas de silencio",
    on: "Sin avisos por la noche",
    hint: "Un aviso que caiga en estas horas espera a que terminen.",
    from: "Desde",
    until: "Hasta",
  },
  channels: {
    legend: "Cómo avisarme",
    push: "Una notificación en el móvil",
    email: "Un correo, si ningún móvil mío puede mostrar notificaciones",
    sms: "Un SMS al móvil en lugar de un correo",
  },
  sms: {
    number: "Número de móvil",
    hint: "Con + y el prefijo del país, por ejemplo +34 612 345 678. Un SMS solo dice que tiene algo pendiente, nada sobre su salud. Borre el número para dejar de recibir SMS.",
    bad: "Escriba el número con + y el prefijo del país, por ejemplo +34 612 345 678.",
  },
  save: "Guardar recordatorios",
  saving: "Guardando…",
  saved: "Recordatorios guardados.",
  notSaved: "No se ha guardado.",
  notSavedWhy: "Revise los campos marcados o su conexión y vuelva a intentarlo.",
  badTime: "Escriba una hora, por ejemplo 20:00.",
  phone: {
    title: "Notificaciones en este móvil",
    explain: "Permita las notificaciones para que los avisos aparezcan en este móvil, aunque Cephalog esté cerrado. Un aviso solo dice que tiene algo pendiente, nada sobre su salud.",
    allow: "Permitir notificaciones en este móvil",
    allowing: "Preguntando…",
    on: "Las notificaciones están activadas en este móvil.",
    off: "Desactivar las notificaciones en este móvil",
    turningOff: "Desactivando…",
    unsupported: "Este navegador no puede mostrar notificaciones de Cephalog.",
    unsupportedHow: "En un iPhone o iPad, añada primero Cephalog a la pantalla de inicio y ábralo desde ahí. Si no, use Chrome, Edge, Firefox o Safari.",
    blocked: "Las notificaciones de Cephalog están bloqueadas en este navegador.",
    blockedHow: "Permita las notificaciones de este sitio en los ajustes del navegador y vuelva aquí.",
    failed: "No ha funcionado.",
    failedWhy: "Vuelva a intentarlo dentro de un minuto.",
  },
  accountLink: {
    title: "Recordatorios",
    text: "Avisos del diario, de las citas y de los cuestionarios, horas de silencio y notificaciones en este móvil.",
    link: "Configurar los recordatorios",
  },
};

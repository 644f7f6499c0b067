import type { shell as en } from "../en/shell.ts";

/** El armazón del paciente: la barra de navegación y el aspecto de la pantalla. */
export const shell: typeof en = {
  nav: {
    label: "Su diario y su atención",
    today: "Hoy",
    progress: "Mi evolución",
    report: "Avisar de un problema",
    learn: "Aprender",
    account: "Cuenta",
  },
  demo: {
    title: "Diario de demostración",
    body: ": días inventados para probar Cephalog. No anote aquí sus propios dolores de cabeza.",
  },
  look: {
    title: "Aspecto de la aplicación",
    legend: "Pantalla",
    hint: "Se guarda solo en este teléfono.",
    lowLight: "Poca luz (oscura, más suave para la vista)",
    light: "Clara",
    notRemembered: "Se muestra ahora, pero no se recordará.",
    notRememberedWhy: "Este navegador no deja que la aplicación guarde ajustes (puede pasar en una ventana privada).",
  },
  nextVisit: {
    label: "Su próxima cita",
    sentence: "Su próxima cita: {{date}} a las {{time}}",
    withWhom: " con {{name}}",
    where: " en {{clinic}}",
    timeAway: "Donde usted está ahora, son las {{time}}.",
    change: "Para cambiarla, llame a la clínica.",
  },
};

/** The patient shell: the navigation bar and the choice of look (English: the source). */
export const shell = {
  nav: {
    label: "Your diary and care",
    today: "Today",
    progress: "My progress",
    report: "Report a problem",
    learn: "Learn",
    account: "Account",
  },
  demo: {
    title: "Demo diary",
    body: ": made-up days for trying Cephalog. Do not record your own headaches here.",
  },
  look: {
    title: "How the app looks",
    legend: "Screen",
    hint: "Saved on this phone only.",
    lowLight: "Low light (dark, easier on sore eyes)",
    light: "Light",
    notRemembered: "Shown now, but not remembered.",
    notRememberedWhy: "This browser does not let the app store settings (a private window can do this).",
  },
  nextVisit: {
    label: "Your next visit",
    sentence: "Your next visit: {{date}} at {{time}}",
    withWhom: " with {{name}}",
    where: " at {{clinic}}",
    timeAway: "That is {{time}} where you are now.",
    change: "To change it, call the clinic.",
  },
};

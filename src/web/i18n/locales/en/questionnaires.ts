/**
 * The patient's questionnaire screens (English: the source): our own words around HIT-6 and
 * MIDAS. HIT-6's items come in the clinic's licensed wording and MIDAS's items stay as published
 * (midas-items.ts), so neither is here.
 */
export const questionnaires = {
  names: {
    "HIT-6": "Headache impact (HIT-6)",
    MIDAS: "Headache and daily life (MIDAS)",
  },
  about: {
    "HIT-6": "6 questions about how headaches affected you in the last 4 weeks.",
    MIDAS: "7 questions about days lost to headaches in the last 3 months.",
  },
  grades: {
    "little-or-none": "Headaches had little or no effect on your daily life in the last 4 weeks.",
    some: "Headaches had some effect on your daily life in the last 4 weeks.",
    substantial: "Headaches had a marked effect on your daily life in the last 4 weeks.",
    severe: "Headaches had a large effect on your daily life in the last 4 weeks.",
    I: "Headaches cost you few or no days in the last 3 months.",
    II: "Headaches cost you some days in the last 3 months.",
    III: "Headaches cost you a fair number of days in the last 3 months.",
    IV: "Headaches cost you many days in the last 3 months.",
  },
  score: {
    headline: "Your {{instrument}} score is {{score}}.",
    same: "That is the same as last time.",
    lower_one: "That is {{count}} lower than last time (lower is better).",
    lower_other: "That is {{count}} lower than last time (lower is better).",
    higher_one: "That is {{count}} higher than last time.",
    higher_other: "That is {{count}} higher than last time.",
  },
  due: {
    beforeVisit: "Before your visit on {{date}}",
    baseline: "Before your treatment starts",
    titleOne: "A questionnaire for your clinic",
    titleMany: "Questionnaires for your clinic",
    why: "{{reason}}. They help your clinic see how you are doing.",
    copyTotal: "Copy the score from your paper form.",
  },
  page: {
    storage: "This phone cannot keep questionnaires: {{problem}}.",
    storageFix: "Try a normal (not private) window, or free some space on the phone.",
    invalid: "Not saved: some answers need changing.",
    opening: "Opening…",
    savedHere: "Saved on this phone.",
    midasEnglish: "The MIDAS questions are shown in English, as published.",
  },
  midas: {
    intro: "About the last 3 months. Count only days your headaches were the reason.",
    none: "None",
    noneHint: "0 days",
    typeLabel: "Or type the number of days",
    typeProblem: "Enter the number of days as a whole number from 0 to {{max}}.",
    next: "Next",
    painScale: "0 is no pain at all; 10 is pain as bad as it can be.",
    painNone: " (no pain)",
    painWorst: " (as bad as it can be)",
  },
  hit6: {
    lastFourWeeks: "About the last 4 weeks.",
    totalQuestion: "What is the total on your HIT-6 paper form?",
    totalHow: "Your clinic gives you the HIT-6 on paper. Answer its 6 questions about the last 4 weeks, add up the points as the form shows, and enter the total here.",
    totalLabel: "Total ({{min}} to {{max}})",
    totalProblem: "Enter the total from the form: a number from {{min}} to {{max}}.",
    saving: "Saving…",
    save: "Save",
    noForm: "I do not have the paper form",
  },
  result: {
    atVisit: "Your clinic will go through it with you at your visit.",
    sent: "Sent to your clinic.",
    pending: "Saved on this phone.",
    pendingWhen: "It is sent to your clinic as soon as you are online.",
    sendNow: "Try sending now",
    notSent: "Saved on this phone, not sent yet.",
    couldNotSend: "It could not be sent.",
    next: "Next: {{name}}",
    backToday: "Back to today",
  },
};

/** Words about what is on this phone: the app update, sign-out with unsent entries, each entry's state (English: the source). */
export const offline = {
  update: {
    title: "A new version is ready",
    body: "Everything you saved stays on this phone.",
    reload: "Reload",
  },
  signOut: {
    button: "Sign out",
    busy: "Signing out…",
    failed: "Not signed out: {{reason}}",
    unsentTitle_one: "{{count}} entry is not sent yet",
    unsentTitle_other: "{{count}} entries are not sent yet",
    diaryDays_one: "{{count}} diary day",
    diaryDays_other: "{{count}} diary days",
    sideEffects_one: "{{count}} side-effect report or answer",
    sideEffects_other: "{{count}} side-effect reports or answers",
    questionnaires_one: "{{count}} questionnaire",
    questionnaires_other: "{{count}} questionnaires",
    whatHappens: "If you sign out, they stay on this phone and are sent when you sign in here again. Nobody else who signs in on this phone can send them.",
    better: "Better: stay signed in until the phone is online and they are sent.",
    stay: "Stay signed in",
    anyway: "Sign out anyway",
  },
  questionnaires: {
    title: "Questionnaires on this phone",
  },
  entryState: {
    onPhone: "On this phone, not sent yet",
    sent: "Sent",
    attention: "Needs attention",
  },
};

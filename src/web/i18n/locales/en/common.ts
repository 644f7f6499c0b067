/** Words the patient screens share (English: the source every other language follows). */
export const common = {
  language: {
    label: "Language",
    hint: "The app's words and the way dates are written.",
  },
  /** A server's answer, by its code (app/error-words.ts); an English reader reads the server's own sentence. */
  errors: {
    network: "Cannot reach the Cephalog server. Check the connection and try again.",
    unexpected: "The server's answer could not be read. Try again in a moment.",
    rateLimited: "Too many tries in a short time. Wait a few minutes and try again.",
    signIn: "Your session has ended. Please sign in again.",
    accountMismatch: "This browser is now signed in as someone else. Sign in again as yourself.",
    forbidden: "Your account is not allowed to do this.",
    notFound: "This could not be found. It may have been removed.",
    conflict: "This changed in the meantime. Reload the page and try again.",
    tooLarge: "This is too large to send.",
    internal: "Something went wrong on the server. Try again later; if it goes on, tell your clinic.",
    invalid: "Some of what you entered was not accepted. Check it and try again.",
    tooFarBack: "This day is too far back: a missed day can be filled in up to {{days}} days afterwards. Ask your clinic to add older days.",
    checkFields: "Please check the fields marked below.",
    field: {
      required: "{{label}} is required.",
      email: "{{label}} must be an email address.",
      code: "{{label}} must be the 6-digit code from your app, or a recovery code.",
      passwordShort: "{{label}} must be at least 10 characters.",
      passwordEmail: "{{label}} must not contain your email address.",
      passwordWeak: "{{label}} is too easy to guess: {{advice}}.",
      passwordSame: "{{label}} must differ from the current password.",
      passwordMismatch: "Does not go with this email.",
      hours: "{{label}} must be 0-24 hours.",
      severity: "{{label}} must be 0-3.",
      band: "{{label}} must lie in the duration band.",
      tooLong: "{{label}} must be at most {{max}} characters.",
      already: "{{label}} is already in the list.",
      /** A field's problem not known here, in a language other than English (field-words.ts `issueLine`). */
      other: "{{label}} was not accepted.",
    },
    /** The fields a diary day or the medicine list can be refused for, by the last part of the server's path. */
    fieldNames: {
      date: "Date",
      headache: "Headache",
      hours: "Hours",
      duration: "How long",
      severity: "How bad",
      features: "Symptoms",
      medications: "Medicines",
      medicines: "Medicines",
      name: "Medicine name",
      class: "Kind of medicine",
      note: "Note",
    },
  },
  /** LoadStatus and FormProblem (src/web/ui) on a translated page; staff pages read the same English from the code. */
  status: {
    loading: "Loading {{what}}…",
    loadFailed: "Could not load {{what}}.",
    retry: "Try again",
    upToDate: "Up to date as of {{time}}.",
    notSaved: "Not saved.",
  },
};

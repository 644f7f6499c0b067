/** Words the patient screens share (English: the source every other language follows). */
export const common = {
  language: {
    label: "Language",
    hint: "The app's words and the way dates are written.",
  },
};

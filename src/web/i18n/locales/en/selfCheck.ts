/** The selfCheck screens' words (English: the source every other language follows). */
export const selfCheck = {};

/** The diary screens' words (English: the source every other language follows). */
export const diary = {};

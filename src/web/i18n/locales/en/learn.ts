/** The learn screens' words (English: the source every other language follows). */
export const learn = {};

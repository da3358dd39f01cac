/** Vietnamese strings: data. */
export const data = {};

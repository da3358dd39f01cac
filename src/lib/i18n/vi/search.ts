/** Vietnamese strings: search. */
export const search = {};

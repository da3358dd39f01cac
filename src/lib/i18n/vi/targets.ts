/** Vietnamese strings: targets. */
export const targets = {};

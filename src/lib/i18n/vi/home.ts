/** Vietnamese strings: home. */
export const home = {};

/** Vietnamese strings: pages. */
export const pages = {};

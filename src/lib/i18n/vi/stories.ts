/** Vietnamese strings: stories. */
export const stories = {};

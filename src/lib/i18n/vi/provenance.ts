/** Vietnamese strings: provenance. */
export const provenance = {};

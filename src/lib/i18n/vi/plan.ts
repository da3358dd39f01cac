/** Vietnamese strings: plan. */
export const plan = {};

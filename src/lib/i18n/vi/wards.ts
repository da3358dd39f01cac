/** Vietnamese strings: wards. */
export const wards = {};

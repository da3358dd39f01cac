/** Vietnamese strings: charts. */
export const charts = {};

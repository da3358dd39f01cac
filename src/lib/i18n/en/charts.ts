/** English strings: charts. */
import type { charts as Vi } from '../vi/charts';

export const charts: typeof Vi = {};

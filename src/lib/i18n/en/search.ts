/** English strings: search. */
import type { search as Vi } from '../vi/search';

export const search: typeof Vi = {};

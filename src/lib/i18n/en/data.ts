/** English strings: data. */
import type { data as Vi } from '../vi/data';

export const data: typeof Vi = {};

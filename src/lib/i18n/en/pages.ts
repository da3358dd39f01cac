/** English strings: pages. */
import type { pages as Vi } from '../vi/pages';

export const pages: typeof Vi = {};

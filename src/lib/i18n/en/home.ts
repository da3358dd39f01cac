/** English strings: home. */
import type { home as Vi } from '../vi/home';

export const home: typeof Vi = {};

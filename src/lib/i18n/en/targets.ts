/** English strings: targets. */
import type { targets as Vi } from '../vi/targets';

export const targets: typeof Vi = {};

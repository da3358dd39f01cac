/** English strings: plan. */
import type { plan as Vi } from '../vi/plan';

export const plan: typeof Vi = {};

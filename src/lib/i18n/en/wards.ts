/** English strings: wards. */
import type { wards as Vi } from '../vi/wards';

export const wards: typeof Vi = {};

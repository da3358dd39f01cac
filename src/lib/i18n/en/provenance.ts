/** English strings: provenance. */
import type { provenance as Vi } from '../vi/provenance';

export const provenance: typeof Vi = {};

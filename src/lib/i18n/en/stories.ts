/** English strings: stories. */
import type { stories as Vi } from '../vi/stories';

export const stories: typeof Vi = {};

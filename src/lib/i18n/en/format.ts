/** English strings: units and number words shown next to numbers. */
import type { format as Vi } from '../vi/format';

export const format: typeof Vi = {
  households: 'households',
  people: 'people',
  houses: 'houses',
};

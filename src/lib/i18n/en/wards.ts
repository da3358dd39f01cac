/** English strings: wards and communes. Names keep their Vietnamese form; only the type is translated. */
import type { wards as Vi } from '../vi/wards';

export const wards: typeof Vi = {
  unitLabel: {
    Phường: (name: string) => `${name} ward`,
    Xã: (name: string) => `${name} commune`,
    'Thành phố': (name: string) => `${name} city`,
  },
};

/** Vietnamese strings: wards and communes (list, ward pages, unit names). */
export const wards = {
  /** A unit's full name from its type (as written in data/) and its name. */
  unitLabel: {
    Phường: (name: string) => `Phường ${name}`,
    Xã: (name: string) => `Xã ${name}`,
    'Thành phố': (name: string) => `Thành phố ${name}`,
  } as Record<string, (name: string) => string>,
};

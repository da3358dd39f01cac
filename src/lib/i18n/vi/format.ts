/** Vietnamese strings: units and number words shown next to numbers. */
export const format = {
  households: 'hộ',
  people: 'người',
  houses: 'căn',
};

/** Vietnamese number formatting: "0,72%", "1.234 hộ", "853 triệu đồng". Dot for thousands, comma for decimals. */

const cache = new Map<string, Intl.NumberFormat>();
function nf(min: number, max: number): Intl.NumberFormat {
  const k = `${min}:${max}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: true });
    cache.set(k, f);
  }
  return f;
}

/** A number with `digits` decimals (fixed), e.g. formatNumber(0.7, 2) → "0,70". */
export function formatNumber(n: number, digits = 0): string {
  // vi-VN groups with "." already; normalise any narrow/no-break space a runtime might emit.
  return nf(digits, digits).format(n).replace(/[\u00a0\u202f ]/g, '.');
}

/** A percentage with two decimals: formatPercent(0.72) → "0,72%". */
export function formatPercent(n: number, digits = 2): string {
  return `${formatNumber(n, digits)}%`;
}

/** A count with its unit: formatCount(1234, 'hộ') → "1.234 hộ". */
export function formatCount(n: number, unit: string): string {
  return `${formatNumber(n)} ${unit}`;
}

/** Money in đồng, in words a reader expects: 853000000 → "853 triệu đồng", 1.2e9 → "1,2 tỷ đồng". */
export function formatVnd(n: number): string {
  if (Math.abs(n) >= 1e9) return `${nf(0, 2).format(n / 1e9)} tỷ đồng`;
  if (Math.abs(n) >= 1e6) return `${nf(0, 1).format(n / 1e6)} triệu đồng`;
  return `${formatNumber(n)} đồng`;
}

/** An ISO date as Vietnamese day/month/year: "2024-11-01" → "1/11/2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

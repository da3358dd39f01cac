/**
 * Number and date formatting with Intl, per locale: "0,72%", "1.234 hộ", "853 triệu đồng" in
 * Vietnamese; "0.72%", "1,234 households", "853 million dong" in English. The bare exports are the
 * Vietnamese ones; `formatsFor(locale)` gives the same functions for any site locale.
 */
import { LOCALE_INFO, type Locale } from './i18n/locales';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const k = `${locale}:${min}:${max}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: true });
    cache.set(k, f);
  }
  return f;
}
// vi-VN groups with "." already; normalise any narrow/no-break space a runtime might emit.
const clean = (locale: Locale, s: string) => (locale === 'vi' ? s.replace(/[\u00a0\u202f ]/g, '.') : s);

/** The formatters of one locale. */
export interface Formats {
  /** A number with `digits` decimals (fixed): 0.7, 2 → "0,70" / "0.70". */
  number(n: number, digits?: number): string;
  /** A percentage with two decimals by default: 0.72 → "0,72%" / "0.72%". */
  percent(n: number, digits?: number): string;
  /** A count with its unit word: 1234, 'hộ' → "1.234 hộ". */
  count(n: number, unit: string): string;
  /** Money in đồng in words: 853000000 → "853 triệu đồng" / "853 million dong". */
  vnd(n: number): string;
  /** An ISO date: "2024-11-01" → "1/11/2024" / "1 November 2024". */
  date(iso: string): string;
}

const made = new Map<Locale, Formats>();

/** The formatters for a locale. */
export function formatsFor(locale: Locale): Formats {
  const hit = made.get(locale);
  if (hit) return hit;
  const w = LOCALE_INFO[locale].money;
  const number = (n: number, digits = 0) => clean(locale, nf(locale, digits, digits).format(n));
  const f: Formats = {
    number,
    percent: (n, digits = 2) => `${number(n, digits)}%`,
    count: (n, unit) => `${number(n)} ${unit}`,
    vnd: (n) => {
      if (Math.abs(n) >= 1e9) return `${clean(locale, nf(locale, 0, 2).format(n / 1e9))} ${w.billion}`;
      if (Math.abs(n) >= 1e6) return `${clean(locale, nf(locale, 0, 1).format(n / 1e6))} ${w.million}`;
      return `${number(n)} ${w.dong}`;
    },
    date: (iso) => {
      const [y, m, d] = iso.split('-');
      if (locale === 'vi') return `${Number(d)}/${Number(m)}/${y}`;
      const dt = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dt);
    },
  };
  made.set(locale, f);
  return f;
}

const VI = formatsFor('vi');

/** A number with `digits` decimals (fixed), e.g. formatNumber(0.7, 2) → "0,70". */
export function formatNumber(n: number, digits = 0): string {
  return VI.number(n, digits);
}

/** A percentage with two decimals: formatPercent(0.72) → "0,72%". */
export function formatPercent(n: number, digits = 2): string {
  return VI.percent(n, digits);
}

/** A count with its unit: formatCount(1234, 'hộ') → "1.234 hộ". */
export function formatCount(n: number, unit: string): string {
  return VI.count(n, unit);
}

/** Money in đồng, in words a reader expects: 853000000 → "853 triệu đồng", 1.2e9 → "1,2 tỷ đồng". */
export function formatVnd(n: number): string {
  return VI.vnd(n);
}

/** An ISO date as Vietnamese day/month/year: "2024-11-01" → "1/11/2024". */
export function formatDate(iso: string): string {
  return VI.date(iso);
}

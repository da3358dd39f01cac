/**
 * The site's languages. Vietnamese lives at the root, every other language under its own prefix
 * (`/en/…`) at the same paths. Adding a language means a dictionary in `src/lib/i18n/<code>/`, an
 * entry in LOCALE_INFO and translated dataset metadata: pages and components take the locale from
 * Astro (`Astro.currentLocale`) and never branch on a language by name.
 */
import { vi, type Dict } from './vi/index';
import { en } from './en/index';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

export { LOCALES, DEFAULT_LOCALE, LOCALE_INFO, type Locale } from './locales';

const DICTS: Readonly<Record<Locale, Dict>> = { vi, en };

export type { Dict };

/** The locale Astro reports for a page (`Astro.currentLocale`), falling back to the default. */
export function asLocale(value: string | undefined | null): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** The interface strings of a locale. */
export function strings(locale: Locale): Dict {
  return DICTS[locale];
}

/** A site path (no base, no leading slash: "ke-hoach/") in a locale: "en/ke-hoach/" for English. */
export function localePath(locale: Locale, path: string): string {
  const p = path.replace(/^\/+/, '');
  return locale === DEFAULT_LOCALE ? p : `${locale}/${p}`;
}

/** Splits a site path into its locale and the locale-free path: "en/ke-hoach/" → { en, "ke-hoach/" }. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const p = path.replace(/^\/+/, '');
  for (const l of LOCALES) {
    if (l === DEFAULT_LOCALE) continue;
    if (p === l || p === `${l}/`) return { locale: l, path: '' };
    if (p.startsWith(`${l}/`)) return { locale: l, path: p.slice(l.length + 1) };
  }
  return { locale: DEFAULT_LOCALE, path: p };
}

/** The same page in every locale: `[{ locale, path }]`, for hreflang links and the language switch. */
export function alternates(path: string): { locale: Locale; path: string }[] {
  const { path: bare } = splitLocale(path);
  return LOCALES.map((locale) => ({ locale, path: localePath(locale, bare) }));
}

/**
 * What a page or component needs to speak its locale, from two values Astro gives it:
 * `const { t, f, l, u } = i18n(Astro.currentLocale, import.meta.env.BASE_URL)`.
 */
import { formatsFor, type Formats } from '../format';
import { joinBase } from '../url';
import { asLocale, localePath, strings, type Dict, type Locale } from './index';

/** A page's language context. */
export interface I18n {
  /** The page's locale. */
  locale: Locale;
  /** Its interface strings. */
  t: Dict;
  /** Its number and date formatters. */
  f: Formats;
  /** A link to a site page in the same language: l('ke-hoach/') → "/en/ke-hoach/" on English pages. */
  l: (path: string) => string;
  /** A link to a file that exists once for all languages (downloads, images, feeds). */
  u: (path: string) => string;
}

/** The language context for `Astro.currentLocale` and the site base. */
export function i18n(currentLocale: string | undefined, base: string): I18n {
  const locale = asLocale(currentLocale);
  return {
    locale,
    t: strings(locale),
    f: formatsFor(locale),
    l: (p) => joinBase(base, localePath(locale, p)),
    u: (p) => joinBase(base, p),
  };
}

/**
 * The page's site locale from <html lang> ("en" → 'en'; anything unknown → the default), for
 * client scripts: imports only src/lib/i18n/locales.ts, never a dictionary.
 */
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, type Locale } from '../../lib/i18n/locales';

/** The site locale whose `lang` tag matches `lang` (its primary subtag), else the default. */
export function asLocaleTag(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').toLowerCase().split('-')[0];
  return LOCALES.find((l) => LOCALE_INFO[l].lang.toLowerCase().split('-')[0] === tag) ?? DEFAULT_LOCALE;
}

/**
 * Routes of the translated editions. `src/pages/[lang]/…` mirrors the Vietnamese page tree with thin
 * wrappers; these helpers give each wrapper its paths for every non-default locale, so a new
 * language needs no new page files.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** The locales served under a prefix (every locale but the default). */
export const PREFIXED_LOCALES = LOCALES.filter((l): l is Exclude<Locale, typeof DEFAULT_LOCALE> => l !== DEFAULT_LOCALE);

/** Paths of a wrapper page without its own parameters: one per prefixed locale. */
export function localeParams(): { params: { lang: string } }[] {
  return PREFIXED_LOCALES.map((lang) => ({ params: { lang } }));
}

/** A Vietnamese page's static paths repeated for every prefixed locale (same params and props, plus `lang`). */
export function withLocales<P extends { params: Record<string, string | number | undefined>; props?: unknown }>(
  paths: readonly P[],
): (Omit<P, 'params'> & { params: P['params'] & { lang: string } })[] {
  return PREFIXED_LOCALES.flatMap((lang) => paths.map((p) => ({ ...p, params: { ...p.params, lang } })));
}

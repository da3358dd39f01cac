/**
 * Routes of the translated editions. `src/pages/[lang]/…` mirrors the Vietnamese page tree with thin
 * wrappers; these helpers give each wrapper its paths for every non-default locale, so a new
 * language needs no new page files.
 */
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, type Locale } from './locales';

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

/** A sitemap entry's language links, as @astrojs/sitemap's `serialize` sees them. */
interface SitemapLinks { links?: { lang: string; url: string }[] }

/**
 * Adds x-default (the default locale's page) to a sitemap entry that has language alternates, as the
 * pages' own hreflang links do. Entries without alternates (one-language pages) stay as they are.
 */
export function withXDefault<T extends SitemapLinks>(item: T): T {
  const root = item.links?.find((l) => l.lang === LOCALE_INFO[DEFAULT_LOCALE].lang);
  if (!root || !item.links || item.links.some((l) => l.lang === 'x-default')) return item;
  return { ...item, links: [...item.links, { lang: 'x-default', url: root.url }] };
}

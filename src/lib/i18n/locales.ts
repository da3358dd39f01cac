/**
 * The site's locales and their formatting facts, without any dictionary: client scripts and
 * src/lib/format.ts import this file alone so no dictionary ends up in a browser bundle.
 */

/** Every locale, the default first. astro.config.mjs reads its `i18n.locales` from here. */
export const LOCALES = ['vi', 'en'] as const;
/** A site locale. */
export type Locale = (typeof LOCALES)[number];
/** The locale served at the root. */
export const DEFAULT_LOCALE: Locale = 'vi';

/** Per-locale facts: BCP 47 tag for `lang`/hreflang, the Intl locale, Open Graph locale and the name in that language. */
export const LOCALE_INFO: Readonly<Record<Locale, { lang: string; intl: string; og: string; name: string; money: { million: string; billion: string; dong: string } }>> = {
  vi: { lang: 'vi', intl: 'vi-VN', og: 'vi_VN', name: 'Tiếng Việt', money: { million: 'triệu đồng', billion: 'tỷ đồng', dong: 'đồng' } },
  en: { lang: 'en', intl: 'en-GB', og: 'en_GB', name: 'English', money: { million: 'million dong', billion: 'billion dong', dong: 'dong' } },
};


/**
 * The search page's status lines. The server renders them from the dictionary into data- attributes of
 * the form (data-msg-*), so the browser bundle carries no dictionary and each edition speaks its language.
 */
import { formatsFor } from '../../lib/format';
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, type Locale } from '../../lib/i18n/locales';

/** The status lines; `none`, `some` and `one` (singular) are templates with `{q}` (query) and `{n}` (count). */
export interface Messages { prompt: string; searching: string; failed: string; none: string; some: string; one: string }

/** Reads the messages from a form's dataset (`data-msg-prompt` → `msgPrompt`); a missing one is empty. */
export function readMessages(data: DOMStringMap): Messages {
  return {
    prompt: data.msgPrompt ?? '',
    searching: data.msgSearching ?? '',
    failed: data.msgFailed ?? '',
    none: data.msgNone ?? '',
    some: data.msgSome ?? '',
    // Older markup without a singular line uses the plural one.
    one: data.msgOne ?? data.msgSome ?? '',
  };
}

/** The site locale of a `lang` attribute ("en" → en), the default one when unknown. */
export function localeOfLang(lang: string): Locale {
  const tag = lang.toLowerCase();
  return LOCALES.find((l) => LOCALE_INFO[l].lang.toLowerCase() === tag || tag.startsWith(`${LOCALE_INFO[l].lang.toLowerCase()}-`)) ?? DEFAULT_LOCALE;
}

/** The result line for `total` results of `query`, the count in the locale's number format. */
export function resultLine(m: Messages, query: string, total: number, locale: Locale): string {
  const template = total === 0 ? m.none : new Intl.PluralRules(LOCALE_INFO[locale].intl).select(total) === 'one' ? m.one : m.some;
  // Replaced in one pass so a query containing "{n}" stays as typed.
  return template.replace(/\{([qn])\}/g, (_, k: string) => (k === 'q' ? query : formatsFor(locale).number(total)));
}

/**
 * A story's title and summary in a page's language. Story bodies are written in Vietnamese only;
 * the frontmatter may carry an English title and summary (title_en, summary_en). A list in another
 * language shows those when given, and otherwise the Vietnamese text, tagged with its language so
 * browsers and screen readers read it as Vietnamese. Pure; no Astro imports.
 */
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales';
import type { Story } from '../../schemas/story';

/** The fields of a story this needs. */
export type StoryTexts = Pick<Story, 'title' | 'summary' | 'title_en' | 'summary_en'>;

/** Where each locale's title and summary live in the frontmatter (a new language adds its fields here). */
const FIELDS: Readonly<Record<Locale, { title: (s: StoryTexts) => string | undefined; summary: (s: StoryTexts) => string | undefined }>> = {
  vi: { title: (s) => s.title, summary: (s) => s.summary },
  en: { title: (s) => s.title_en, summary: (s) => s.summary_en },
};

/** What a card shows for a story in a locale. */
export interface StoryTextIn {
  title: string;
  summary: string;
  /** True when the title is in the page's language. */
  translated: boolean;
  /** `lang` to put on the title and on the summary: undefined when they are in the page's language. */
  titleLang: string | undefined;
  summaryLang: string | undefined;
  /** `hreflang` for the link to the story body: the body's language when it differs from the page's. */
  hreflang: string | undefined;
}

/** The title and summary of a story to show on a page in `locale`. A summary is only taken with its title. */
export function storyTextIn(s: StoryTexts, locale: Locale): StoryTextIn {
  const own = LOCALE_INFO[DEFAULT_LOCALE].lang;
  const title = FIELDS[locale].title(s);
  const summary = title ? FIELDS[locale].summary(s) : undefined;
  const other = locale === DEFAULT_LOCALE ? undefined : own;
  return {
    title: title ?? s.title,
    summary: summary ?? s.summary,
    translated: title !== undefined,
    titleLang: title !== undefined ? undefined : other,
    summaryLang: summary !== undefined ? undefined : other,
    hreflang: other,
  };
}

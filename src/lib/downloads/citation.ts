/** Citations of a dataset to copy: an APA-like one and a plain Vietnamese one. */
import { formatsFor } from '../format';
import { DEFAULT_LOCALE, strings, type Locale } from '../i18n/index';
import { isTranslated, type DatasetMeta, type TranslatedLocale } from '../../schemas/metadata';
import type { ProvenanceCounts } from './provenance';
import { citationNote } from '../provenance';

/** The plan as a reference, in APA-like form (author, year, title). */
export const PLAN_CITATION =
  'UBND thành phố Phan Rang-Tháp Chàm (2024). Kế hoạch 122/KH-UBND (tháng 3/2024) về thực hiện công tác giảm nghèo và Chương trình mục tiêu quốc gia Giảm nghèo bền vững năm 2024.';

/** A source title in reference form: the plan gets its APA-like form, others stay as written. */
export function sourceReference(title: string): string {
  return /^Kế hoạch 122\/KH-UBND/u.test(title) ? PLAN_CITATION : /[.)]$/.test(title) ? title : `${title}.`;
}

export { illustrativeNote } from './provenance';

/** Both citations of a dataset. */
export interface Citations {
  apa: string;
  plain: string;
}

/**
 * Builds the citations of a dataset whose page is at `url` (absolute), in a locale: the title in that
 * language, the sources under their own (Vietnamese) names.
 */
export function citeDataset(
  meta: Pick<DatasetMeta, 'title' | 'updated' | 'sources'> & Partial<Pick<DatasetMeta, TranslatedLocale>>,
  counts: ProvenanceCounts,
  url: string,
  locale: Locale = DEFAULT_LOCALE,
): Citations {
  const t = strings(locale);
  const w = t.data.citation;
  const title = isTranslated(locale) ? (meta[locale]?.title ?? meta.title) : meta.title;
  const year = meta.updated.slice(0, 4);
  const note = citationNote(counts, locale) ?? '';
  const refs = meta.sources.map((s) => sourceReference(s.title));
  const apa = [`${t.site.name} (${year}). ${title} [${w.kind}]. ${url}`, `${w.basedOn}${refs.join(' ')}`, note].filter(Boolean).join(' ');
  const plain = [
    w.plainText(title, t.site.name, formatsFor(locale).date(meta.updated), url),
    w.original(meta.sources.map((s) => s.title).join('; ')),
    note,
  ]
    .filter(Boolean)
    .join(' ');
  return { apa, plain };
}

/** Citations of a dataset to copy: an APA-like one and a plain Vietnamese one. */
import { formatDate } from '../format';
import { SITE_NAME } from '../site';
import type { DatasetMeta } from '../../schemas/metadata';
import { illustrativeNote, type ProvenanceCounts } from './provenance';

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

/** Builds the citations of a dataset whose page is at `url` (absolute). */
export function citeDataset(meta: Pick<DatasetMeta, 'title' | 'updated' | 'sources'>, counts: ProvenanceCounts, url: string): Citations {
  const year = meta.updated.slice(0, 4);
  const note = illustrativeNote(counts);
  const refs = meta.sources.map((s) => sourceReference(s.title));
  const apa = [`${SITE_NAME} (${year}). ${meta.title} [Bộ dữ liệu CSV]. ${url}`, `Dựa trên: ${refs.join(' ')}`, note].filter(Boolean).join(' ');
  const plain = [
    `Nguồn: bộ dữ liệu "${meta.title}", trang ${SITE_NAME}, cập nhật ngày ${formatDate(meta.updated)}, ${url}.`,
    `Số liệu gốc: ${meta.sources.map((s) => s.title).join('; ')}.`,
    note,
  ]
    .filter(Boolean)
    .join(' ');
  return { apa, plain };
}

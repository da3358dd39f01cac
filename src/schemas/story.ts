/**
 * The frontmatter of a story (`content/stories/<slug>.mdx`): households that escaped poverty
 * (plan section IV.4). This zod 4 schema is the contract. It is checked by `npm run validate`
 * (src/lib/stories/validate.ts) and again by the pages (src/components/story/stories.ts), which
 * parse Astro's pass-through collection data with it. Astro's own zod 3 is not used for it
 * (see /work/shared/STACK.md, gotcha 1): the collection in src/content.config.ts stays a passthrough.
 *
 * Rules that need other files (unit in data/administrative-units.csv, the image on disk) or
 * several fields (consent before publishing) live in src/lib/stories/validate.ts.
 */
import { z } from 'zod';
import { placeholderAltProblem } from '../lib/stories/alt-text';
import { isIsoDate } from './cells';

/** Kinds of support a household can receive, from the plan, with their Vietnamese labels. */
export const SUPPORTS = {
  'tin-dung-uu-dai': 'Tín dụng ưu đãi',
  'nha-vi-nguoi-ngheo': 'Nhà ở từ Quỹ “Vì người nghèo”',
  'dao-tao-nghe': 'Đào tạo nghề',
  'ket-noi-viec-lam': 'Kết nối việc làm',
  'mo-hinh-sinh-ke': 'Mô hình sinh kế (Dự án 2)',
  'ho-tro-san-xuat': 'Hỗ trợ sản xuất nông nghiệp (Dự án 3)',
  'bao-hiem-y-te': 'Bảo hiểm y tế',
  'ho-tro-giao-duc': 'Hỗ trợ giáo dục',
  'nuoc-sach-ve-sinh': 'Nước sạch và vệ sinh',
  'tro-giup-phap-ly': 'Trợ giúp pháp lý',
} as const;

/** A kind of support id, e.g. `tin-dung-uu-dai`. */
export type SupportId = keyof typeof SUPPORTS;

/** Support ids in the plan's order. */
export const SUPPORT_IDS = Object.keys(SUPPORTS) as [SupportId, ...SupportId[]];

/** Where a story comes from: a real household (with signed consent) or one made up to illustrate the plan. */
export const STORY_PROVENANCE = ['real', 'illustrative'] as const;

/** Longest summary, in characters (cards and RSS). */
export const SUMMARY_MAX = 200;

/** Earliest year a story may be about (the 2016–2020 programme). */
export const STORY_YEAR_MIN = 2016;

/** A Date from js-yaml (Astro's frontmatter parser) becomes `YYYY-MM-DD`; the `yaml` package already gives a string. */
function dateToIso(v: unknown): unknown {
  return v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v;
}

const DATE_MSG = 'sai định dạng ngày. Sửa: viết theo định dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ 2024-11-01 cho ngày 1/11/2024.';

/** An ISO date `YYYY-MM-DD`, as a string whether YAML gave a string or a Date. */
const isoDate = () =>
  z.preprocess(dateToIso, z.string().refine(isIsoDate, { message: DATE_MSG, params: { code: 'type-error' } }));

/** Required text: trimmed, NFC, not blank, at most `max` characters. */
const text = (max: number) =>
  z.string().transform((raw, ctx) => {
    const s = raw.trim().normalize('NFC');
    if (s === '') ctx.addIssue({ code: 'custom', message: 'đang để trống. Sửa: điền nội dung cho trường này.', params: { code: 'constraint-error' } });
    else if (s.length > max) ctx.addIssue({ code: 'custom', message: `dài ${s.length} ký tự, tối đa ${max}. Sửa: rút gọn nội dung.`, params: { code: 'constraint-error' } });
    return s;
  });

/**
 * Markup in a plain-text field: HTML tags or entities, Markdown emphasis, links, code or headings.
 * Titles and summaries are shown as written (cards, page head, RSS), so markup would show raw.
 * Returns the offending piece, or null.
 */
export function markupIn(s: string): string | null {
  const m = /<\/?[A-Za-z!][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);|\*\*|__|`|\[[^\]]*\]\([^)]*\)|^\s*#{1,6}\s/i.exec(s);
  return m ? m[0] : null;
}

/** An optional plain text in English: blank means absent (the CMS writes "" for an emptied field); no markup. */
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    text(max)
      .superRefine((s, ctx) => {
        const bad = markupIn(s);
        if (bad) ctx.addIssue({ code: 'custom', message: `có mã định dạng "${bad}", nhưng trường này hiện nguyên văn. Sửa: viết chữ thường, không dùng thẻ HTML, ký hiệu Markdown (**, __, \`, [..](..), # đầu dòng) hay mã ký tự &...;.`, params: { code: 'constraint-error' } });
      })
      .optional(),
  );

/** Cover image of a story. */
export const storyCoverSchema = z.strictObject({
  /** Path of a local image, relative to the story file: `./images/<tên-tệp>.jpg` (jpg, png, webp or avif). */
  src: text(200),
  /**
   * Alternative text for people who cannot see the image: what it shows, in one or two sentences.
   * Required; a placeholder ("ảnh 1", a file name, fewer than 3 words) is refused (src/lib/stories/alt-text.ts).
   */
  alt: text(400).superRefine((s, ctx) => {
    const why = placeholderAltProblem(s);
    if (why) ctx.addIssue({ code: 'custom', message: why, params: { code: 'constraint-error' } });
  }),
  /** Who made the image, e.g. "Ảnh: Phòng Văn hóa và Thông tin". */
  credit: text(200),
  /** Licence of the image, e.g. "CC BY 4.0" or "Được phép sử dụng". */
  license: text(100),
});

/** The household's consent to publication. */
export const storyConsentSchema = z.strictObject({
  /** `true` only once the household has signed the consent form. A story without consent is never published. */
  given: z.boolean(),
  /** Day the form was signed, `YYYY-MM-DD`; may stay `""` in a draft while consent is pending. */
  date: z.preprocess(
    dateToIso,
    z.string().refine((s) => s === '' || isIsoDate(s), { message: DATE_MSG, params: { code: 'type-error' } }),
  ),
  /** Reference of the signed form kept by the office, e.g. "MH-2024-01"; may stay `""` in a draft. */
  form_ref: z.string().transform((s) => s.trim()),
});

/** Frontmatter of `content/stories/<slug>.mdx`. Unknown fields are errors (they are usually typos). */
export const storySchema = z.strictObject({
  /** Title shown on the card and the page; the file name (slug) is derived from it by `npm run new-story`. */
  title: text(120),
  /** One or two sentences for the card, the page description and RSS; at most 200 characters. */
  summary: text(SUMMARY_MAX),
  /**
   * Optional English title for the English story lists (/en/cau-chuyen/…), a faithful translation of
   * `title`; at most 120 characters, plain text. Without it the English lists show the Vietnamese
   * title marked as Vietnamese. The story body itself stays Vietnamese.
   */
  title_en: optionalText(120),
  /**
   * Optional English summary, a faithful translation of `summary`; at most 200 characters, plain text.
   * Needs `title_en` (src/lib/stories/validate.ts): an English summary under a Vietnamese title
   * would mix languages on one card.
   */
  summary_en: optionalText(SUMMARY_MAX),
  /** GSO code of the phường/xã (data/administrative-units.csv), as it was in the story's year, e.g. "22738". */
  unit: z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v),
    z.string().refine((s) => /^\d{5}$/.test(s.trim()), {
      message: 'mã phường/xã phải gồm 5 chữ số (mã 3 chữ số 582 là cả thành phố). Sửa: ghi mã GSO của phường/xã trong data/administrative-units.csv, ví dụ "22738" (Đô Vinh).',
      params: { code: 'constraint-error' },
    }),
  ),
  /** Year the household escaped poverty (the year-end review), e.g. 2023. */
  year: z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v),
    z.number().int().refine((n) => n >= STORY_YEAR_MIN, { message: `năm trước ${STORY_YEAR_MIN}. Sửa: ghi năm hộ thoát nghèo, 4 chữ số, ví dụ 2023.`, params: { code: 'constraint-error' } }),
  ),
  /** How the household is named on the site; a pseudonym or an initial is allowed (and often better), e.g. "Gia đình chị H.". */
  household: text(80),
  /** Kinds of support the household received, at least one, ids from SUPPORTS. */
  supports: z
    .array(z.enum(SUPPORT_IDS))
    .refine((a) => a.length > 0, { message: 'chưa có loại hỗ trợ nào. Sửa: ghi ít nhất một loại hỗ trợ.', params: { code: 'constraint-error' } }),
  /** Cover image: a local file with its alt text, credit and licence. */
  cover: storyCoverSchema,
  /** Publication date `YYYY-MM-DD`; newest stories come first. */
  published: isoDate(),
  /** Who wrote the story, a person or an office, e.g. "Phòng Văn hóa và Thông tin thành phố". */
  author: text(120),
  /** Consent of the household: signed form, date and reference. */
  consent: storyConsentSchema,
  /** `real` (a real household, consent signed) or `illustrative` (made up to illustrate the plan; labelled on the page). */
  provenance: z.enum(STORY_PROVENANCE),
  /** `true` keeps the story off the site (no page, listing, search, RSS or sitemap). Defaults to `false`. */
  draft: z.boolean().default(false),
  /** Free keywords, e.g. ["nuôi dê", "Đạo Long"]. Defaults to none. */
  tags: z.array(text(60)).default([]),
});

/** Validated frontmatter of a story. */
export type Story = z.output<typeof storySchema>;

/** What editors see for each field: a Vietnamese name and how to write it, used in error messages. */
export const STORY_FIELDS: Record<string, { label: string; how: string }> = {
  title: { label: 'tiêu đề', how: 'title: "Mái nhà mới của gia đình chị Mai"' },
  summary: { label: 'tóm tắt', how: `summary: "Một hai câu, tối đa ${SUMMARY_MAX} ký tự."` },
  title_en: { label: 'tiêu đề tiếng Anh', how: 'title_en: "A new roof for Ms Mai\'s family" (bản dịch sát nghĩa của title, không bắt buộc)' },
  summary_en: { label: 'tóm tắt tiếng Anh', how: `summary_en: "One or two sentences, at most ${SUMMARY_MAX} characters." (bản dịch sát nghĩa của summary, không bắt buộc)` },
  unit: { label: 'mã phường/xã', how: 'unit: "22738" (mã GSO trong data/administrative-units.csv)' },
  year: { label: 'năm thoát nghèo', how: 'year: 2023' },
  household: { label: 'tên hộ gia đình (có thể là tên gọi khác)', how: 'household: "Gia đình chị H."' },
  supports: { label: 'các loại hỗ trợ', how: 'supports: rồi mỗi loại hỗ trợ một dòng, dạng "  - tin-dung-uu-dai"' },
  cover: { label: 'ảnh bìa', how: 'cover: với các dòng src, alt, credit, license' },
  'cover.src': { label: 'tệp ảnh bìa', how: 'src: "./images/ten-tep.jpg"' },
  'cover.alt': { label: 'mô tả ảnh cho người không nhìn thấy ảnh', how: 'alt: "Mô tả ngắn điều ảnh cho thấy"' },
  'cover.credit': { label: 'nguồn ảnh', how: 'credit: "Ảnh: Phòng Văn hóa và Thông tin"' },
  'cover.license': { label: 'giấy phép ảnh', how: 'license: "CC BY 4.0"' },
  published: { label: 'ngày đăng', how: 'published: 2024-11-01' },
  author: { label: 'tác giả', how: 'author: "Phòng Văn hóa và Thông tin thành phố"' },
  consent: { label: 'sự đồng ý của hộ gia đình', how: 'consent: với các dòng given, date, form_ref' },
  'consent.given': { label: 'hộ gia đình đã ký đồng ý', how: 'given: true (chỉ khi đã có phiếu đồng ý có chữ ký)' },
  'consent.date': { label: 'ngày ký phiếu đồng ý', how: 'date: 2024-10-20' },
  'consent.form_ref': { label: 'số hiệu phiếu đồng ý', how: 'form_ref: "DY-2024-07"' },
  provenance: { label: 'nguồn gốc câu chuyện', how: 'provenance: real (hộ có thật) hoặc provenance: illustrative (minh họa)' },
  draft: { label: 'bản nháp', how: 'draft: true (bản nháp) hoặc draft: false (xuất bản)' },
  tags: { label: 'từ khóa', how: 'tags: ["nuôi dê", "Đạo Long"]' },
};

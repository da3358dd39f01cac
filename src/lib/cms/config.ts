/**
 * The Decap CMS configuration, generated from the story schema (src/schemas/story.ts: its fields,
 * STORY_FIELDS labels, SUPPORTS, STORY_PROVENANCE, SUMMARY_MAX, STORY_YEAR_MIN) and the units of
 * data/administrative-units.csv, so the form cannot drift from what `npm run validate` checks.
 * A schema field without a widget here throws: a new field must be given one. Pure.
 */
import type { z } from 'zod';
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { STORY_FIELDS, STORY_PROVENANCE, STORY_YEAR_MIN, SUMMARY_MAX, SUPPORTS, SUPPORT_IDS, storySchema } from '../../schemas/story';
import { validInYear, wardsOf } from '../units/index';
import { ALT_MIN_WORDS } from '../stories/alt-text';

/** A field of the CMS form (Decap's field config, the keys used here). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int';
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  choose_url?: boolean;
  collapsed?: boolean;
  allow_add?: boolean;
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
}

/** Where the CMS reads and writes. */
export type CmsBackend =
  | { kind: 'local'; url: string }
  | { kind: 'github'; repo: string; branch: string; baseUrl?: string; authEndpoint?: string; editorialWorkflow: boolean };

/** What the generator needs. */
export interface CmsConfigInput {
  units: readonly AdministrativeUnit[];
  /** Last year a story may be about (the build's current year). */
  lastYear: number;
  backend: CmsBackend;
  /** Public URL of the site, for the CMS's "view live" links. */
  siteUrl?: string;
}

/** Vietnamese hints shown under each field of the form (the labels come from STORY_FIELDS). */
export const FORM_HINTS: Record<string, string> = {
  title: 'Tên câu chuyện, tối đa 120 ký tự. Tên tệp (địa chỉ trang) được tạo từ tiêu đề khi lưu lần đầu.',
  summary: `Một hai câu cho thẻ câu chuyện, mô tả trang và RSS; tối đa ${SUMMARY_MAX} ký tự.`,
  title_en: 'Không bắt buộc. Bản dịch tiếng Anh sát nghĩa của tiêu đề, tối đa 120 ký tự, chữ thường (không định dạng); hiện trong danh sách câu chuyện tiếng Anh (/en/cau-chuyen/). Để trống thì danh sách tiếng Anh hiện tiêu đề tiếng Việt kèm ghi chú "bằng tiếng Việt".',
  summary_en: `Không bắt buộc. Bản dịch tiếng Anh sát nghĩa của tóm tắt, tối đa ${SUMMARY_MAX} ký tự; chỉ điền khi đã có tiêu đề tiếng Anh. Không ghi số điện thoại, số CCCD, số nhà.`,
  unit: 'Chọn phường/xã nơi hộ gia đình sống, theo tên gọi vào năm thoát nghèo. Trang lưu mã GSO của đơn vị.',
  year: `Năm hộ thoát nghèo (theo rà soát cuối năm), từ ${STORY_YEAR_MIN}. Phường/xã phải còn tồn tại vào 31/12 năm đó.`,
  household: 'Cách gọi hộ trên trang; nên dùng tên gọi khác hoặc chữ cái đầu, ví dụ "Gia đình chị H.".',
  supports: 'Chọn ít nhất một loại hỗ trợ hộ đã nhận.',
  cover: 'Ảnh bìa: tệp ảnh, mô tả ảnh, nguồn và giấy phép đều bắt buộc.',
  'cover.src': 'Tải ảnh JPG, PNG, WebP hoặc AVIF lên; ảnh được lưu vào content/stories/images/.',
  'cover.alt': `Ảnh cho thấy gì, một hai câu (ít nhất ${ALT_MIN_WORDS} từ), cho người không nhìn thấy ảnh. Không ghi chữ giữ chỗ như "ảnh 1", "hình minh họa" hay tên tệp ảnh.`,
  'cover.credit': 'Ví dụ: Ảnh: Phòng Văn hóa và Thông tin.',
  'cover.license': 'Ví dụ: CC BY 4.0, hoặc Được phép sử dụng.',
  published: 'Ngày đăng; câu chuyện mới nhất hiện trước.',
  author: 'Người hoặc cơ quan viết bài.',
  consent: 'Chỉ đăng khi hộ gia đình đã ký phiếu đồng ý. Trong lúc chờ, bật "Bản nháp".',
  'consent.given': 'Chỉ bật khi đã có phiếu đồng ý có chữ ký của hộ gia đình.',
  'consent.date': 'Ngày ký phiếu; bắt buộc khi đã bật "đã ký đồng ý".',
  'consent.form_ref': 'Số hiệu phiếu lưu ở Phòng Văn hóa và Thông tin, ví dụ DY-2024-07; bắt buộc khi đã ký.',
  provenance: 'Hộ có thật (đã ký đồng ý) hay câu chuyện minh họa (trang sẽ ghi rõ là minh họa).',
  draft: 'Bật để giữ câu chuyện ngoài trang (không có trang, không có trong danh sách, tìm kiếm, RSS).',
  tags: 'Từ khóa tự do, ví dụ "nuôi dê", "Đạo Long".',
  body: 'Nội dung câu chuyện. Dùng nút "+" để chèn Trích lời, Ảnh có chú thích, Con số nổi bật, Các mốc thời gian. Không ghi số điện thoại, số CCCD, số nhà.',
};

/** Vietnamese labels of the provenance values. */
export const PROVENANCE_LABELS: Record<(typeof STORY_PROVENANCE)[number], string> = {
  real: 'Hộ gia đình có thật (đã ký đồng ý)',
  illustrative: 'Câu chuyện minh họa',
};

/** Components the body editor offers: the site's own plus Markdown images. */
export const BODY_COMPONENTS = ['Quote', 'Figure', 'Stat', 'Timeline'] as const;

/** "Tiêu đề" from "tiêu đề". */
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** True when the schema rejects a missing value and an empty string: the form must require it. */
export function schemaRequires(schema: z.ZodType): boolean {
  return !schema.safeParse(undefined).success && !schema.safeParse('').success;
}

/** Units a story may name: phường/xã valid on 31/12 of some year from STORY_YEAR_MIN to `lastYear`. */
export function selectableUnits(units: readonly AdministrativeUnit[], lastYear: number): AdministrativeUnit[] {
  const years = Array.from({ length: Math.max(0, lastYear - STORY_YEAR_MIN + 1) }, (_, i) => STORY_YEAR_MIN + i);
  return wardsOf(units).filter((u) => years.some((y) => validInYear(u, y)));
}

/** The select's label of a unit: type, name, code and the last year it existed. */
export function unitOptionLabel(u: AdministrativeUnit): string {
  const until = u.valid_to ? `, đến ${u.valid_to.slice(8, 10)}/${u.valid_to.slice(5, 7)}/${u.valid_to.slice(0, 4)}` : '';
  return `${u.type} ${u.name} (${u.gso_code}${until})`;
}

type Widget = (ctx: CmsConfigInput) => Omit<CmsField, 'name' | 'label' | 'required' | 'hint'> & { required?: boolean };

const DATE = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true } as const;

/** The widget of each schema field, by path. */
const WIDGETS: Record<string, Widget> = {
  title: () => ({ widget: 'string' }),
  summary: () => ({ widget: 'text', pattern: [`^[\\s\\S]{1,${SUMMARY_MAX}}$`, `Tối đa ${SUMMARY_MAX} ký tự.`] }),
  title_en: () => ({ widget: 'string' }),
  summary_en: () => ({ widget: 'text', pattern: [`^[\\s\\S]{0,${SUMMARY_MAX}}$`, `Tối đa ${SUMMARY_MAX} ký tự.`] }),
  unit: (ctx) => ({ widget: 'select', options: selectableUnits(ctx.units, ctx.lastYear).map((u) => ({ label: unitOptionLabel(u), value: u.gso_code })) }),
  year: (ctx) => ({ widget: 'number', value_type: 'int', min: STORY_YEAR_MIN, max: ctx.lastYear }),
  household: () => ({ widget: 'string' }),
  supports: () => ({ widget: 'select', multiple: true, min: 1, options: SUPPORT_IDS.map((id) => ({ label: SUPPORTS[id], value: id })) }),
  cover: () => ({ widget: 'object', collapsed: false }),
  'cover.src': () => ({ widget: 'image', choose_url: false }),
  'cover.alt': () => ({ widget: 'string' }),
  'cover.credit': () => ({ widget: 'string' }),
  'cover.license': () => ({ widget: 'string', default: 'CC BY 4.0' }),
  published: () => ({ ...DATE }),
  author: () => ({ widget: 'string', default: 'Phòng Văn hóa và Thông tin thành phố' }),
  consent: () => ({ widget: 'object', collapsed: false }),
  'consent.given': () => ({ widget: 'boolean', default: false, required: false }),
  // The schema wants the key even while consent is pending (""): Decap omits untouched fields otherwise.
  'consent.date': () => ({ ...DATE, default: '' }),
  'consent.form_ref': () => ({ widget: 'string', default: '' }),
  provenance: () => ({ widget: 'select', options: STORY_PROVENANCE.map((p) => ({ label: PROVENANCE_LABELS[p], value: p })) }),
  draft: () => ({ widget: 'boolean', default: false, required: false }),
  tags: () => ({ widget: 'list', allow_add: true, field: { name: 'tag', label: 'Từ khóa', widget: 'string' } }),
};

/** The form fields of a zod object's shape (recursing into nested objects). */
function fieldsOf(shape: Record<string, z.ZodType>, prefix: string, ctx: CmsConfigInput): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const widget = WIDGETS[path];
    const label = STORY_FIELDS[path]?.label;
    if (!widget || !label) throw new Error(`CMS: trường "${path}" của src/schemas/story.ts chưa có widget hoặc nhãn. Sửa: thêm vào WIDGETS (src/lib/cms/config.ts) và STORY_FIELDS.`);
    const spec = widget(ctx);
    const field: CmsField = { name, label: cap(label), required: schemaRequires(schema), hint: FORM_HINTS[path], ...spec };
    const inner = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
    if (spec.widget === 'object' && inner) field.fields = fieldsOf(inner, path, ctx);
    return field;
  });
}

/** Every frontmatter field of the form, in the schema's order. */
export function storyFields(ctx: CmsConfigInput): CmsField[] {
  return fieldsOf(storySchema.shape as unknown as Record<string, z.ZodType>, '', ctx);
}

/** The whole CMS configuration object (what `CMS.init({ config })` takes). */
export function buildCmsConfig(ctx: CmsConfigInput): Record<string, unknown> {
  const b = ctx.backend;
  const backend =
    b.kind === 'local'
      ? { name: 'proxy', proxy_url: b.url, branch: 'main' }
      : { name: 'github', repo: b.repo, branch: b.branch, ...(b.baseUrl ? { base_url: b.baseUrl } : {}), ...(b.authEndpoint ? { auth_endpoint: b.authEndpoint } : {}) };
  return {
    load_config_file: false,
    backend,
    locale: 'vi',
    ...(b.kind === 'github' && b.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    ...(ctx.siteUrl ? { site_url: ctx.siteUrl, display_url: ctx.siteUrl } : {}),
    media_folder: 'content/stories/images',
    public_folder: './images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'stories',
        label: 'Câu chuyện',
        label_singular: 'câu chuyện',
        description: 'Câu chuyện các hộ gia đình thoát nghèo (content/stories/). Mỗi câu chuyện là một tệp .mdx.',
        folder: 'content/stories',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        delete: false,
        identifier_field: 'title',
        slug: '{{slug}}',
        media_folder: 'images',
        public_folder: './images',
        summary: '{{title}} ({{year}})',
        sortable_fields: ['title', 'published', 'year'],
        fields: [
          ...storyFields(ctx),
          { name: 'body', label: 'Nội dung', widget: 'markdown', hint: FORM_HINTS.body, required: true, modes: ['rich_text', 'raw'], editor_components: [...BODY_COMPONENTS] },
        ],
      },
    ],
  };
}

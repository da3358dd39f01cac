/**
 * Editor components of the CMS's Markdown editor for the site's own story components (Quote,
 * Figure, Stat, Timeline), so editors fill a small form instead of typing JSX. Each one writes
 * exactly the JSX that src/lib/stories/mdx.ts accepts, and reads it back. Pure: no DOM, no Decap.
 */
import { STORY_COMPONENTS, type StoryComponent } from '../stories/mdx';

/** A field of an editor component's form (Decap's field config, the subset used here). */
export interface ComponentField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'image' | 'list';
  required?: boolean;
  hint?: string;
  fields?: ComponentField[];
  choose_url?: boolean;
}

/** An editor component as `CMS.registerEditorComponent` takes it. */
export interface EditorComponent {
  id: StoryComponent;
  label: string;
  fields: ComponentField[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
  toBlock: (data: Record<string, unknown>) => string;
}

/** An attribute value, written so the MDX parser reads back exactly the same string. */
export function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\r?\n/g, ' ');
}

/** Reads back a value written by `attr`. */
export function unattr(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Text inside a component, escaped so `{` and `<` stay text (MDX would read them as code or a tag). */
export function childText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/([{}])/g, '\\$1').replace(/</g, '&lt;').replace(/\r?\n\s*\n/g, '\n');
}

/** Reads back text written by `childText`. */
export function unchildText(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/\\([{}\\])/g, '$1');
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v).trim());

/** ` name="value"` for each attribute that has a value, in the component's own order. */
function attrs(component: StoryComponent, data: Record<string, unknown>): string {
  return STORY_COMPONENTS[component].attrs
    .map((a) => [a, str(data[a])] as const)
    .filter(([a, v]) => v !== '' || (STORY_COMPONENTS[component].required as readonly string[]).includes(a))
    .map(([a, v]) => ` ${a}="${attr(v)}"`)
    .join('');
}

/** Attributes `name="value"` of a tag, decoded. */
function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([A-Za-z]+)="([^"]*)"/g)) out[m[1]!] = unattr(m[2]!);
  return out;
}

/**
 * The path the schema expects, `./images/<file>`: Decap joins its public folder with path.join,
 * which drops the leading "./" (it writes `images/<file>`).
 */
export function storyImagePath(src: string): string {
  return /^images\//.test(src) ? `./${src}` : src;
}

const ATTRS = '((?:\\s+[A-Za-z]+="[^"]*")*)';

const IMAGE_HINT = 'Chọn hoặc tải ảnh lên; ảnh được lưu vào content/stories/images/.';

/** The four components, in the order the editor's "+" menu shows them. */
export const EDITOR_COMPONENTS: readonly EditorComponent[] = [
  {
    id: 'Quote',
    label: 'Trích lời (Quote)',
    fields: [
      { name: 'by', label: 'Người nói', widget: 'string', required: false, hint: 'Ví dụ: Chị H. (có thể để trống)' },
      { name: 'text', label: 'Lời trích', widget: 'text', required: true },
    ],
    pattern: new RegExp(`^<Quote${ATTRS}\\s*>([\\s\\S]*?)</Quote>`),
    fromBlock: (m) => ({ ...parseAttrs(m[1] ?? ''), text: unchildText((m[2] ?? '').trim()) }),
    toBlock: (d) => `<Quote${attrs('Quote', d)}>${childText(str(d.text))}</Quote>`,
  },
  {
    id: 'Figure',
    label: 'Ảnh có chú thích (Figure)',
    fields: [
      { name: 'src', label: 'Ảnh', widget: 'image', required: true, choose_url: false, hint: IMAGE_HINT },
      { name: 'alt', label: 'Mô tả ảnh cho người không nhìn thấy ảnh', widget: 'string', required: true, hint: 'Ảnh cho thấy gì, một hai câu. Không để trống, không ghi "ảnh 1".' },
      { name: 'caption', label: 'Chú thích', widget: 'string', required: false },
      { name: 'credit', label: 'Nguồn ảnh', widget: 'string', required: false, hint: 'Ví dụ: Ảnh: Phòng Văn hóa và Thông tin' },
    ],
    pattern: new RegExp(`^<Figure${ATTRS}\\s*/>`),
    fromBlock: (m) => parseAttrs(m[1] ?? ''),
    toBlock: (d) => `<Figure${attrs('Figure', { ...d, src: storyImagePath(str(d.src)) })} />`,
  },
  {
    id: 'Stat',
    label: 'Con số nổi bật (Stat)',
    fields: [
      { name: 'value', label: 'Con số', widget: 'string', required: true, hint: 'Ví dụ: 5 triệu đồng' },
      { name: 'label', label: 'Ý nghĩa con số', widget: 'string', required: true, hint: 'Ví dụ: thu nhập mỗi tháng năm 2023' },
    ],
    pattern: new RegExp(`^<Stat${ATTRS}\\s*/>`),
    fromBlock: (m) => parseAttrs(m[1] ?? ''),
    toBlock: (d) => `<Stat${attrs('Stat', d)} />`,
  },
  {
    id: 'Timeline',
    label: 'Các mốc thời gian (Timeline)',
    fields: [
      { name: 'title', label: 'Tiêu đề', widget: 'string', required: false, hint: 'Để trống thì hiện "Các mốc chính".' },
      {
        name: 'items',
        label: 'Các mốc',
        widget: 'list',
        fields: [
          { name: 'when', label: 'Năm', widget: 'string', required: true },
          { name: 'text', label: 'Điều xảy ra', widget: 'string', required: true },
        ],
      },
    ],
    pattern: new RegExp(`^<Timeline${ATTRS}\\s*>\\n\\n([\\s\\S]*?)\\n\\n</Timeline>`),
    fromBlock: (m) => ({
      ...parseAttrs(m[1] ?? ''),
      items: (m[2] ?? '')
        .split('\n')
        .map((l) => /^- \*\*(.+?)\*\*: ?(.*)$/.exec(l))
        .filter((x): x is RegExpExecArray => x !== null)
        .map((x) => ({ when: unchildText(x[1]!), text: unchildText(x[2]!) })),
    }),
    toBlock: (d) => {
      const items = Array.isArray(d.items) ? (d.items as Record<string, unknown>[]) : [];
      const lines = items.map((i) => `- **${childText(str(i.when)).replace(/\*/g, '\\*')}**: ${childText(str(i.text)).replace(/\n/g, ' ')}`);
      return `<Timeline${attrs('Timeline', d)}>\n\n${lines.join('\n') || '- **…**: …'}\n\n</Timeline>`;
    },
  },
];

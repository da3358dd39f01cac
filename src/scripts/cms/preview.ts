/**
 * The CMS preview of a story: the story with the site's styles, and above it the messages of the
 * same checks `npm run validate` runs (src/lib/stories/validate.ts, bundled for the browser; the
 * image files are checked by name, with no disk).
 */
import { stringify } from 'yaml';
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { STORY_FIELDS, SUPPORTS, type SupportId } from '../../schemas/story';
import { storySlug } from '../../lib/stories/slug';
import { validateStoryText } from '../../lib/stories/validate';
import type { Problem } from '../../lib/validate/problem';

/** What the admin page passes to its script. */
export interface CmsData {
  config: Record<string, unknown>;
  units: AdministrativeUnit[];
  /** Files in content/stories/images/ when the page was served (local CMS only; null in a build). */
  images: string[] | null;
  decap: string;
}

type El = unknown;
/** An Immutable map of entry data, the methods used on it. */
export interface ImmData {
  get(k: string): ImmData;
  getIn(k: string[]): unknown;
  setIn(k: string[], v: unknown): unknown;
}
type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => El;
interface Imm {
  get(k: string): unknown;
  getIn(k: (string | number)[]): unknown;
  toJS(): unknown;
}

/** The parts of window.CMS used here. */
export interface Decap {
  registerEditorComponent(c: Record<string, unknown>): void;
  registerPreviewStyle(css: string, opts?: { raw: boolean }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerEventListener(l: { name: string; handler: (a: { entry: ImmData }) => unknown }): void;
  init(o: { config: Record<string, unknown> }): void;
}

/** Drops empty values Decap keeps for untouched optional fields, as they are absent from the file. */
function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => [k, clean(x)]));
  return v;
}

const IMAGE_REF = /\.\/images\/([^"'()\s]+)/g;

/** The story file the entry would be saved as, and the problems the validator finds in it. */
export function checkEntry(data: Record<string, unknown>, slug: string, ctx: { units: AdministrativeUnit[]; images: ReadonlySet<string> | null }): { file: string; problems: Problem[] } {
  const { body, ...front } = data;
  const text = `---\n${stringify(clean(front))}---\n\n${typeof body === 'string' ? body : ''}\n`;
  const file = `content/stories/${slug}.mdx`;
  // In a build the page does not know the repository's files: every referenced image counts as present.
  const images = ctx.images ?? new Set([...text.matchAll(IMAGE_REF)].map((m) => decodeURIComponent(m[1]!)));
  return { file, problems: validateStoryText(text, file, { units: ctx.units, dir: null, images }).problems };
}

/** "Mô tả ảnh …: " in front of a message, from the field it is about. */
function where(p: Problem): string {
  const f = p.field === 'body' ? 'nội dung' : p.field ? (STORY_FIELDS[p.field]?.label ?? p.field) : null;
  return f ? `${f.charAt(0).toLocaleUpperCase('vi')}${f.slice(1)}: ` : '';
}

/** The preview template (a React class made with Decap's createClass). */
export function makePreview(CMS: Decap, data: CmsData): unknown {
  // Decap puts React's createElement and create-react-class on window.
  const w = window as unknown as { h: H; createClass: (spec: Record<string, unknown>) => unknown };
  const h = w.h;
  const known = data.images ? new Set(data.images) : null;
  return w.createClass({
    render(this: { props: { entry: Imm; widgetFor: (n: string) => El; getAsset: (p: string) => { toString(): string } } }) {
      const { entry, widgetFor, getAsset } = this.props;
      const d = ((entry.get('data') as Imm | undefined)?.toJS() ?? {}) as Record<string, unknown>;
      const uploaded = ((entry.get('mediaFiles') as Imm | undefined)?.toJS() as { name?: string; path?: string }[] | undefined) ?? [];
      const images = known ? new Set([...known, ...uploaded.map((m) => m.name ?? (m.path ?? '').split('/').pop() ?? '')]) : null;
      const slug = (entry.get('slug') as string | undefined) || storySlug(String(d.title ?? '')) || 'cau-chuyen-moi';
      const { file, problems } = checkEntry(d, slug, { units: data.units, images });
      const cover = (d.cover ?? {}) as Record<string, string>;
      const supports = Array.isArray(d.supports) ? (d.supports as SupportId[]) : [];
      const checks = problems.length
        ? h('section', { className: 'cms-checks', 'data-testid': 'cms-checks', 'aria-live': 'polite' },
            h('h2', null, `${problems.length} lỗi cần sửa trước khi đăng (kiểm tra giống npm run validate, tệp ${file})`),
            h('ul', null, ...problems.map((p, i) => h('li', { key: i, 'data-code': p.code }, h('code', null, p.code), ' ', where(p), p.message))))
        : h('section', { className: 'cms-checks ok', 'data-testid': 'cms-checks', 'aria-live': 'polite' }, h('h2', null, `Không có lỗi: câu chuyện qua được các kiểm tra của npm run validate (tệp ${file}).`));
      return h('article', { className: 'story' },
        checks,
        h('h1', null, String(d.title ?? '')),
        d.summary ? h('p', { className: 'cms-summary' }, String(d.summary)) : null,
        // The English title and summary, as the English story list shows them.
        d.title_en ? h('p', { className: 'cms-en' }, h('small', null, 'Tiếng Anh: '), h('span', { lang: 'en' }, h('strong', null, String(d.title_en)), d.summary_en ? ` – ${String(d.summary_en)}` : '')) : null,
        cover.src ? h('img', { className: 'cms-cover', src: String(getAsset(cover.src) ?? ''), alt: cover.alt ?? '' }) : null,
        cover.credit ? h('p', null, h('small', null, `${cover.credit} · ${cover.license ?? ''}`)) : null,
        supports.length ? h('p', null, 'Hỗ trợ: ', supports.map((s) => SUPPORTS[s] ?? s).join(', ')) : null,
        widgetFor('body'));
    },
  });
}

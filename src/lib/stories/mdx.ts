/**
 * The MDX allow-list of a story body, checked on the syntax tree that Astro's MDX compiler itself
 * builds (unified + remark-parse + remark-mdx + remark-gfm, as @astrojs/mdx configures them), so
 * the checker and the compiler can never read a construct differently. Editors may use Markdown,
 * a few inline HTML tags that only format text, and the site's own components (Quote, Figure,
 * Stat, Timeline) with literal attribute values. Everything else is rejected: ESM, `{…}`
 * expressions (comments excepted), expression and spread attributes, `style` and `on*`
 * attributes, unknown tags, and links whose scheme is not http(s) or mailto.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { excerpt } from '../validate/problem';
import { parseErrorMessage } from './mdx-errors';
import { isAllowedLink } from './url-check';

/** Components a story may use, with the attributes each accepts and which are required. */
export const STORY_COMPONENTS = {
  Quote: { attrs: ['by'], required: [] },
  Figure: { attrs: ['src', 'alt', 'caption', 'credit'], required: ['src', 'alt'] },
  Stat: { attrs: ['value', 'label'], required: ['value', 'label'] },
  Timeline: { attrs: ['title'], required: [] },
} as const satisfies Record<string, { attrs: readonly string[]; required: readonly string[] }>;

/** The name of an allowed component. */
export type StoryComponent = keyof typeof STORY_COMPONENTS;

/** Lower-case HTML tags that only format text. */
export const SAFE_HTML = ['br', 'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'span', 'kbd', 'q', 'cite'] as const;

/** The only attributes those tags may carry: nothing that styles, scripts or links. */
const SAFE_HTML_ATTRS = ['title', 'lang'] as const;

/** Markdown node types a story may contain (mdast with GFM); JSX and expressions are checked apart. */
const MARKDOWN_NODES = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'table', 'tableRow', 'tableCell',
  'definition', 'footnoteDefinition', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image',
  'linkReference', 'imageReference', 'footnoteReference',
]);

/** A problem in the body, before it becomes a Problem. */
export interface MdxFinding {
  /** 1-based line within the body. */
  line: number;
  code: 'content-error' | 'constraint-error';
  message: string;
}

/** A local image the body refers to (Figure or Markdown image), to check on disk. */
export interface ImageRef {
  line: number;
  src: string;
  alt: string | null;
  /** How it was written, for messages. */
  via: 'Figure' | 'markdown';
}

/** A piece of text a reader sees (or that the public repository holds), for the privacy guard. */
export interface ReaderText {
  /** Body line where the text starts; a "\n" inside the text is the next line. */
  line: number;
  text: string;
}

/** What the check found. */
export interface MdxScan {
  findings: MdxFinding[];
  images: ImageRef[];
  texts: ReaderText[];
}

const ALLOWED_LIST = Object.keys(STORY_COMPONENTS).map((c) => `<${c}>`).join(', ');

/** The start of some code, on one line, for a message. */
const short = (code: string) => {
  const s = code.replace(/\s+/g, ' ').trim();
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
};

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Parses a story body into the MDX syntax tree; the error is the parser's own message. */
export function parseMdx(body: string): { tree: Root } | { error: { line: number; column: number; reason: string } } {
  try {
    return { tree: parser.parse(body) };
  } catch (e) {
    const m = e as { line?: number | null; column?: number | null; reason?: string; message?: string };
    return { error: { line: m.line ?? 1, column: m.column ?? 1, reason: m.reason ?? m.message ?? String(e) } };
  }
}

/** Checks a story body (after the frontmatter) against the allow-list. Lines are body-relative. */
export function scanMdx(body: string): MdxScan {
  const out: MdxScan = { findings: [], images: [], texts: [] };
  const parsed = parseMdx(body);
  if ('error' in parsed) {
    const srcLine = body.split(/\r?\n|\r/)[parsed.error.line - 1] ?? '';
    out.findings.push({ line: parsed.error.line, code: 'content-error', message: parseErrorMessage(parsed.error.reason, srcLine) });
    return out;
  }
  const tree = parsed.tree;
  const definitions = new Map<string, string>();
  walk(tree, (n) => {
    if (n.type === 'definition') definitions.set(n.identifier, n.url);
  });
  const err = (n: Nodes, message: string, code: MdxFinding['code'] = 'content-error') =>
    out.findings.push({ line: n.position?.start.line ?? 1, code, message });
  const text = (n: Nodes, t: string | null | undefined, offset = 0) => {
    if (t && t.trim() !== '') out.texts.push({ line: (n.position?.start.line ?? 1) + offset, text: t });
  };

  walk(tree, (n) => {
    switch (n.type) {
      case 'mdxjsEsm':
        err(n, `câu lệnh "${/^\s*(\w+)/.exec(n.value)?.[1] ?? 'import'}" không được dùng trong câu chuyện. Sửa: xóa dòng này; các thành phần ${ALLOWED_LIST} đã có sẵn, không cần import.`);
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // A `{/* … */}` comment holds no code: the compiler drops it. Anything else runs.
        const program = (n.data as { estree?: { body: unknown[] } } | undefined)?.estree;
        if (program && program.body.length === 0) text(n, n.value);
        else err(n, `dấu ngoặc nhọn "{${short(n.value)}}" là mã lệnh trong MDX. Sửa: xóa đi, hoặc viết \\{ nếu muốn hiện dấu ngoặc nhọn.`);
        return false;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkJsx(n, out, err, text);
      case 'link':
      case 'definition':
        if (!isAllowedLink(n.url)) err(n, `liên kết "${excerpt(n.url, 80)}" không được dùng: chỉ dùng địa chỉ https://, http://, mailto: hoặc liên kết trong trang. Sửa: thay bằng một địa chỉ https:// hoặc xóa liên kết.`);
        text(n, n.url);
        text(n, n.title);
        return true;
      case 'image':
        out.images.push({ line: n.position?.start.line ?? 1, src: n.url, alt: n.alt ?? null, via: 'markdown' });
        text(n, n.alt);
        text(n, n.title);
        return true;
      case 'imageReference': {
        const url = definitions.get(n.identifier);
        if (url !== undefined) out.images.push({ line: n.position?.start.line ?? 1, src: url, alt: n.alt ?? null, via: 'markdown' });
        text(n, n.alt);
        return true;
      }
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        text(n, readerString(n));
        return true;
      case 'code':
        text(n, n.value, 1);
        return false;
      default:
        if (!MARKDOWN_NODES.has(n.type)) {
          err(n, `MDX có thành phần "${n.type}" không được dùng trong câu chuyện. Sửa: chỉ dùng Markdown và ${ALLOWED_LIST}.`);
          return false;
        }
        return true;
    }
  });
  out.findings.sort((a, b) => a.line - b.line);
  return out;
}

type Err = (n: Nodes, message: string, code?: MdxFinding['code']) => void;
type Text = (n: Nodes, t: string | null | undefined) => void;

const DANGEROUS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'portal']);

/** Checks one JSX element; returns whether to descend into its children. */
function checkJsx(n: MdxJsxFlowElement | MdxJsxTextElement, out: MdxScan, err: Err, text: Text): boolean {
  const name = n.name;
  if (name === null) {
    err(n, `MDX không dùng thẻ rỗng <>…</>. Sửa: xóa "<>" và "</>", giữ nội dung bên trong.`);
    return true;
  }
  const lower = name.toLowerCase();
  const isComponent = /^[A-Z]/.test(name) && name in STORY_COMPONENTS;
  if (!isComponent) {
    if (lower === 'script' || lower === 'iframe' || lower === 'style') {
      err(n, `thẻ <${lower}> bị cấm trong câu chuyện (có thể chạy mã hoặc nhúng trang khác). Sửa: xóa thẻ này; muốn thêm ảnh dùng <Figure>, muốn trích lời dùng <Quote>.`);
      return false;
    }
    if (DANGEROUS.has(lower)) {
      err(n, `thẻ <${name}> không được dùng trong câu chuyện. Sửa: xóa thẻ này; chỉ dùng Markdown và ${ALLOWED_LIST}.`);
      return false;
    }
    if (/^[A-Z]/.test(name) || /[.:]/.test(name)) {
      err(n, `thành phần <${name}> không nằm trong danh sách cho phép. Sửa: chỉ dùng ${ALLOWED_LIST} (viết đúng chữ hoa, chữ thường).`);
      return false;
    }
    if (!(SAFE_HTML as readonly string[]).includes(name)) {
      const hint = lower === 'img' ? 'dùng <Figure src="./images/ten-anh.jpg" alt="…" caption="…" />' : lower === 'a' ? 'viết liên kết bằng Markdown: [chữ hiển thị](https://…)' : `dùng Markdown (## tiêu đề, **đậm**, - danh sách) hoặc ${ALLOWED_LIST}`;
      err(n, `thẻ HTML <${name}> không được dùng trong câu chuyện. Sửa: ${hint}.`);
      return false;
    }
  }
  const allowed: readonly string[] = isComponent ? STORY_COMPONENTS[name as StoryComponent].attrs : SAFE_HTML_ATTRS;
  const values = new Map<string, string | null>();
  for (const a of n.attributes) {
    if (a.type === 'mdxJsxExpressionAttribute') {
      err(n, `thẻ <${name}> có thuộc tính dạng mã lệnh "{${short(a.value)}}". Sửa: xóa phần này; chỉ viết thuộc tính dạng tên="giá trị".`);
      continue;
    }
    if (a.value !== null && typeof a.value === 'object') {
      err(n, `thuộc tính "${a.name}={…}" là mã lệnh. Sửa: viết giá trị trong ngoặc kép, ví dụ ${a.name}="…".`);
      values.set(a.name, a.name); // present, already reported: not "missing" too
      continue;
    }
    if (/^on/i.test(a.name)) {
      err(n, `thuộc tính "${a.name}" (chạy mã khi bấm hoặc di chuột) bị cấm. Sửa: xóa thuộc tính này.`);
      continue;
    }
    if (a.name.toLowerCase() === 'style') {
      err(n, `thuộc tính "style" không được dùng (có thể che hoặc giả mạo nội dung trang). Sửa: xóa thuộc tính này; trang tự trình bày nội dung.`);
      continue;
    }
    if (!allowed.includes(a.name)) {
      err(n, `<${name}> không có thuộc tính "${a.name}". Sửa: dùng ${allowed.length ? allowed.map((x) => `"${x}"`).join(', ') : 'không thuộc tính nào'}.`);
      continue;
    }
    values.set(a.name, a.value ?? null);
    text(n, a.value);
  }
  if (isComponent) {
    const spec = STORY_COMPONENTS[name as StoryComponent];
    for (const r of spec.required as readonly string[]) {
      const v = values.get(r);
      if (v === undefined || v === null || v.trim() === '') {
        const field = r === 'alt' ? 'mô tả ảnh cho người không nhìn thấy ảnh' : r;
        err(n, `<${name}> thiếu thuộc tính ${r} (${field}). Sửa: thêm ${r}="…" vào thẻ.`, 'constraint-error');
      }
    }
    const src = values.get('src');
    if (name === 'Figure' && src) out.images.push({ line: n.position?.start.line ?? 1, src, alt: values.get('alt') ?? null, via: 'Figure' });
  }
  return true;
}

/** The text a reader sees in a block: text and code, with markup removed and line breaks kept. */
function readerString(n: Nodes): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value;
  if (n.type === 'break') return '\n';
  if (n.type === 'mdxTextExpression' || n.type === 'image' || n.type === 'imageReference') return ' ';
  if ('children' in n) return (n.children as Nodes[]).map(readerString).join('');
  return '';
}

/** Visits every node depth-first; the visitor returns false to skip a node's children. */
function walk(n: Nodes, visit: (n: Nodes) => boolean | void): void {
  if (visit(n) === false) return;
  if ('children' in n) for (const c of n.children as Nodes[]) walk(c, visit);
}

/**
 * The MDX allow-list of a story body. Editors may use Markdown, a few harmless inline HTML tags,
 * and the site's own components (Quote, Figure, Stat, Timeline), which the story page provides
 * without any import. Anything that runs code is rejected: import/export, `{…}` expressions,
 * <script>, <iframe>, <style>, on*= attributes, javascript: links, unknown components.
 * Code blocks and inline code are skipped: their text is shown, never run.
 */
import { lineIndex } from '../lines';

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

/** Tags that run code or pull in other sites, with their own message. */
const DANGEROUS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'portal']);

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

/** What the scan found. */
export interface MdxScan {
  findings: MdxFinding[];
  images: ImageRef[];
}

const ALLOWED_LIST = Object.keys(STORY_COMPONENTS).map((c) => `<${c}>`).join(', ');

/** Replaces every character but newlines with spaces, so offsets and lines stay put. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * Blanks out what MDX shows as text or ignores: fenced code blocks, inline code,
 * escaped `\{` and `\<`, and `{/* comments *\/}`. Returns the text to scan.
 */
export function maskInert(body: string): string {
  const lines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && l.trim() === m[1]) fence = null;
      lines[i] = blank(l);
    } else if (m) {
      fence = m[1]!;
      lines[i] = blank(l);
    } else {
      // Inline code stays on one line here; a code span crossing lines is scanned (safe side).
      lines[i] = l.replace(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g, (s) => blank(s)).replace(/\\[{}<]/g, '  ');
    }
  }
  return lines.join('\n').replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** Attributes of a tag: `name="value"`, `name='value'`, bare `name`, or `name={…}` (reported). */
function parseAttrs(s: string): { name: string; value: string | null; expression: boolean }[] {
  const out: { name: string; value: string | null; expression: boolean }[] = [];
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{)|([^\s>"']+)))?/g;
  for (const m of s.matchAll(re)) {
    out.push({ name: m[1]!, value: m[2] ?? m[3] ?? m[5] ?? null, expression: m[4] !== undefined });
  }
  return out;
}

/** Scans a story body (after the frontmatter) against the allow-list. Lines are body-relative. */
export function scanMdx(body: string): MdxScan {
  const text = maskInert(body);
  const findings: MdxFinding[] = [];
  const images: ImageRef[] = [];
  const lineAt = lineIndex(text);
  const err = (offset: number, message: string, code: MdxFinding['code'] = 'content-error') => findings.push({ line: lineAt(offset), code, message });

  // import/export: ESM in MDX runs at build time.
  for (const m of text.matchAll(/^[ \t]*(import|export)\b.*$/gm)) {
    err(m.index, `câu lệnh "${m[1]}" không được dùng trong câu chuyện. Sửa: xóa dòng này; các thành phần ${ALLOWED_LIST} đã có sẵn, không cần import.`);
  }
  // HTML comments are not MDX.
  for (const m of text.matchAll(/<!--/g)) {
    err(m.index, 'MDX không dùng chú thích dạng <!-- … -->. Sửa: viết chú thích dạng {/* … */} hoặc xóa đi.');
  }

  // Tags: <Name attrs>, </Name>, <Name />. Quoted values may hold ">".
  const tagRe = /<(\/?)([A-Za-z][\w.:\-]*)((?:"[^"]*"|'[^']*'|\{[^}]*\}|[^>"'{])*?)(\/?)>/g;
  const tagged: [number, number][] = [];
  const open: { name: string; offset: number }[] = [];
  for (const m of text.matchAll(tagRe)) {
    const [whole, close, name, attrText = '', selfClose] = m as unknown as [string, string, string, string, string];
    tagged.push([m.index, m.index + whole.length]);
    const at = m.index;
    const lower = name.toLowerCase();
    if (/^[a-z][\w+.-]*:$/i.test(name) && attrText.startsWith('//')) {
      err(at, `MDX không hiểu liên kết dạng <${name}${attrText}>. Sửa: viết [chữ hiển thị](${name}${attrText}).`);
      continue;
    }
    if (lower === 'script' || lower === 'iframe' || lower === 'style') {
      if (!close) err(at, `thẻ <${lower}> bị cấm trong câu chuyện (có thể chạy mã hoặc nhúng trang khác). Sửa: xóa thẻ này; muốn thêm ảnh dùng <Figure>, muốn trích lời dùng <Quote>.`);
      continue;
    }
    if (DANGEROUS.has(lower)) {
      if (!close) err(at, `thẻ <${name}> không được dùng trong câu chuyện. Sửa: xóa thẻ này; chỉ dùng Markdown và ${ALLOWED_LIST}.`);
      continue;
    }
    const isComponent = /^[A-Z]/.test(name);
    if (isComponent && !(name in STORY_COMPONENTS)) {
      if (!close) err(at, `thành phần <${name}> không nằm trong danh sách cho phép. Sửa: chỉ dùng ${ALLOWED_LIST} (viết đúng chữ hoa, chữ thường).`);
      continue;
    }
    if (!isComponent && !(SAFE_HTML as readonly string[]).includes(lower)) {
      if (!close) {
        const hint = lower === 'img' ? 'dùng <Figure src="./images/ten-anh.jpg" alt="…" caption="…" />' : `dùng Markdown (## tiêu đề, **đậm**, - danh sách) hoặc ${ALLOWED_LIST}`;
        err(at, `thẻ HTML <${name}> không được dùng trong câu chuyện. Sửa: ${hint}.`);
      }
      continue;
    }
    const attrs = parseAttrs(attrText);
    for (const a of attrs) {
      if (/^on/i.test(a.name)) err(at, `thuộc tính "${a.name}" (chạy mã khi bấm hoặc di chuột) bị cấm. Sửa: xóa thuộc tính này.`);
      else if (a.expression) err(at, `thuộc tính "${a.name}={…}" là mã lệnh. Sửa: viết giá trị trong ngoặc kép, ví dụ ${a.name}="…".`);
      else if (a.value !== null && /^\s*javascript:/i.test(a.value)) err(at, `thuộc tính "${a.name}" chứa "javascript:". Sửa: xóa thuộc tính này.`);
    }
    if (isComponent) {
      const spec = STORY_COMPONENTS[name as StoryComponent];
      if (close) {
        const top = open.pop();
        if (!top || top.name !== name) err(at, `thẻ đóng </${name}> không khớp${top ? ` với <${top.name}> mở ở dòng ${lineAt(top.offset)}` : ''}. Sửa: mỗi <${name}> mở cần đúng một </${name}> đóng.`);
        continue;
      }
      for (const a of attrs) {
        if (/^on/i.test(a.name) || a.expression) continue;
        if (!(spec.attrs as readonly string[]).includes(a.name)) {
          err(at, `<${name}> không có thuộc tính "${a.name}". Sửa: dùng ${spec.attrs.length ? spec.attrs.map((x) => `"${x}"`).join(', ') : 'không thuộc tính nào'}.`);
        }
      }
      for (const r of spec.required as readonly string[]) {
        const a = attrs.find((x) => x.name === r);
        if (!a || a.value === null || a.value.trim() === '') {
          const field = r === 'alt' ? 'mô tả ảnh cho người không nhìn thấy ảnh' : r;
          err(at, `<${name}> thiếu thuộc tính ${r} (${field}). Sửa: thêm ${r}="…" vào thẻ.`, 'constraint-error');
        }
      }
      if (name === 'Figure') {
        const src = attrs.find((a) => a.name === 'src')?.value;
        if (src) images.push({ line: lineAt(at), src, alt: attrs.find((a) => a.name === 'alt')?.value ?? null, via: 'Figure' });
      }
      if (!selfClose) open.push({ name, offset: at });
    }
  }
  // A dangerous tag the tag pattern could not read (e.g. never closed with ">") is still rejected.
  for (const m of text.matchAll(/<\s*(script|iframe|style)\b/gi)) {
    if (tagged.some(([a, b]) => m.index >= a && m.index < b)) continue;
    err(m.index, `thẻ <${m[1]!.toLowerCase()}> bị cấm trong câu chuyện. Sửa: xóa thẻ này.`);
  }
  for (const o of open) err(o.offset, `thẻ <${o.name}> chưa được đóng. Sửa: thêm </${o.name}> sau nội dung, hoặc viết <${o.name} … /> nếu không có nội dung bên trong.`);

  // Braces outside tags are JavaScript expressions in MDX.
  for (const m of text.matchAll(/[{}]/g)) {
    if (tagged.some(([a, b]) => m.index >= a && m.index < b)) continue;
    if (m[0] === '{') err(m.index, 'dấu ngoặc nhọn "{" là mã lệnh trong MDX. Sửa: xóa đi, hoặc viết \\{ nếu muốn hiện dấu ngoặc nhọn.');
  }

  // Markdown images and links.
  for (const m of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    images.push({ line: lineAt(m.index), src: m[2]!, alt: m[1]!, via: 'markdown' });
  }
  for (const m of text.matchAll(/\]\(\s*<?\s*javascript:/gi)) {
    err(m.index, 'liên kết "javascript:" bị cấm. Sửa: dùng một địa chỉ https:// hoặc xóa liên kết.');
  }
  findings.sort((a, b) => a.line - b.line);
  return { findings, images };
}

/**
 * A small HTML scanner for built pages: tags with their attributes and lines, ids, and the text
 * of <script> and <style>. Enough for well-formed generated HTML; not a full HTML5 parser.
 */
import { lineIndex } from '../../lib/lines';

/** One start tag. */
export interface Tag {
  /** Lower-case tag name. */
  name: string;
  /** Attributes, names lower-cased, values with character references decoded. */
  attrs: Map<string, string>;
  /** 1-based line of the `<`. */
  line: number;
}

/** The text of a <script> or <style> element. */
export interface RawText {
  tag: Tag;
  text: string;
  /** 1-based line where the text starts. */
  line: number;
}

/** What a page holds. */
export interface ScannedHtml {
  tags: Tag[];
  /** Every `id` and every `<a name>`: the targets of #fragments. */
  ids: Set<string>;
  scripts: RawText[];
  styles: RawText[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (`&amp;`, `&#39;`, `&#x2F;`). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

export { lineIndex };

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Parses the attribute part of a start tag. */
export function parseAttrs(s: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

// Comments, doctype/processing instructions, CDATA, end tags and start tags, in one pass.
const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|<\/[a-zA-Z][^>]*>|<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/** Scans a page: start tags, ids, scripts and styles. */
export function scanHtml(html: string): ScannedHtml {
  const lineOf = lineIndex(html);
  const out: ScannedHtml = { tags: [], ids: new Set(), scripts: [], styles: [] };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m[1] === undefined) continue;
    const tag: Tag = { name: m[1].toLowerCase(), attrs: parseAttrs(m[2] ?? ''), line: lineOf(m.index) };
    out.tags.push(tag);
    const id = tag.attrs.get('id');
    if (id !== undefined && id !== '') out.ids.add(id);
    if (tag.name === 'a' && tag.attrs.has('name')) out.ids.add(tag.attrs.get('name')!);
    if (tag.name === 'script' || tag.name === 'style') {
      // Raw text runs to the matching end tag; nothing inside is markup.
      const start = TOKEN.lastIndex;
      const close = html.toLowerCase().indexOf(`</${tag.name}`, start);
      const end = close < 0 ? html.length : close;
      const raw: RawText = { tag, text: html.slice(start, end), line: lineOf(start) };
      (tag.name === 'script' ? out.scripts : out.styles).push(raw);
      TOKEN.lastIndex = end;
    }
  }
  return out;
}

/** Splits a `srcset` value into its URLs. */
export function srcsetUrls(srcset: string): string[] {
  // The HTML spec's candidate parsing: a URL is a run of non-spaces (trailing commas end it),
  // then descriptors up to the next comma. URLs may themselves contain commas.
  const out: string[] = [];
  let i = 0;
  const n = srcset.length;
  const space = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  while (i < n) {
    while (i < n && (space(srcset[i]!) || srcset[i] === ',')) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !space(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let paren = false;
      while (i < n && (paren || srcset[i] !== ',')) {
        if (srcset[i] === '(') paren = true;
        else if (srcset[i] === ')') paren = false;
        i++;
      }
    }
    if (url !== '') out.push(url);
  }
  return out;
}

/** URLs in CSS: `url(...)` and `@import "..."`. Offsets let callers compute lines. */
export function cssUrls(css: string): { url: string; offset: number }[] {
  const out: { url: string; offset: number }[] = [];
  const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(css); m; m = re.exec(css)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (url !== '') out.push({ url, offset: m.index });
  }
  return out;
}

/**
 * Built pages read with parse5 (the HTML5 parser Astro already installs): start tags with their
 * attributes and lines, ids, and the text of <script> and <style>, as a browser would parse them.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { lineIndex } from '../../lib/lines';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One start tag written in the source (elements the parser implies, like a missing <body>, are not listed). */
export interface Tag {
  /** Lower-case tag name (SVG's camelCase names lower-cased too). */
  name: string;
  /** Attributes, names lower-cased (foreign ones with their prefix, `xlink:href`), values decoded. */
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
  /** Start tags in document order. */
  tags: Tag[];
  /** Every `id` and every `<a name>`: the targets of #fragments. */
  ids: Set<string>;
  scripts: RawText[];
  styles: RawText[];
}

export { lineIndex };

function tagOf(el: Element): Tag | null {
  const loc = el.sourceCodeLocation;
  if (!loc) return null;
  const attrs = new Map<string, string>();
  for (const a of el.attrs) {
    const name = (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
    // The first of repeated attributes wins, as in browsers (parse5 already drops the others).
    if (!attrs.has(name)) attrs.set(name, a.value);
  }
  return { name: el.tagName.toLowerCase(), attrs, line: loc.startLine };
}

/** Text content of an element and the line it starts on (its start tag's line when empty). */
function rawText(el: Element, tag: Tag): RawText {
  let text = '';
  let line: number | null = null;
  for (const c of el.childNodes) {
    if (c.nodeName !== '#text') continue;
    text += (c as DefaultTreeAdapterMap['textNode']).value;
    line ??= c.sourceCodeLocation?.startLine ?? null;
  }
  return { tag, text, line: line ?? tag.line };
}

/** Parses a page (or an SVG file: foreign content keeps its ids) and lists what the checks need. */
export function scanHtml(html: string): ScannedHtml {
  const doc = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const out: ScannedHtml = { tags: [], ids: new Set(), scripts: [], styles: [] };
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const tag = tagOf(node);
      if (tag) {
        out.tags.push(tag);
        const id = tag.attrs.get('id');
        if (id !== undefined && id !== '') out.ids.add(id);
        if (tag.name === 'a' && tag.attrs.has('name')) out.ids.add(tag.attrs.get('name')!);
        if (tag.name === 'script') out.scripts.push(rawText(node, tag));
        else if (tag.name === 'style') out.styles.push(rawText(node, tag));
      }
      // <template> keeps its children in a separate fragment.
      if (node.tagName === 'template') visit((node as DefaultTreeAdapterMap['template']).content);
    }
    if ('childNodes' in node) for (const c of node.childNodes) visit(c);
  };
  visit(doc);
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

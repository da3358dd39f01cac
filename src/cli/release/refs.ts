/**
 * The references a built page makes: URL attributes per element, srcset, inline styles, social-card
 * meta, and the Pagefind paths written into scripts. Which of them the browser fetches by itself
 * decides whether another origin is a third-party request.
 */
import { cssUrls, lineIndex, srcsetUrls, type ScannedHtml, type Tag } from './html';

/** Attributes holding one URL, per element. `true` marks a subresource the browser fetches. */
const URL_ATTRS: Record<string, [string, boolean][]> = {
  a: [['href', false]],
  area: [['href', false]],
  link: [['href', false]], // decided per rel below
  img: [['src', true]],
  script: [['src', true]],
  iframe: [['src', true]],
  frame: [['src', true]],
  source: [['src', true]],
  audio: [['src', true]],
  video: [['src', true], ['poster', true]],
  track: [['src', true]],
  embed: [['src', true]],
  object: [['data', true]],
  input: [['src', true]],
  form: [['action', false]],
  use: [['href', true], ['xlink:href', true]],
  image: [['href', true], ['xlink:href', true]],
  blockquote: [['cite', false]],
  q: [['cite', false]],
  ins: [['cite', false]],
  del: [['cite', false]],
};

/** `<link rel>` values the browser fetches (or connects to) by itself. */
const FETCHED_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender']);

/** `<meta>` whose content is a URL (social cards): checked when it points at the site itself. */
const META_URLS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'og:audio', 'og:video', 'twitter:image', 'twitter:image:src', 'twitter:url']);

export interface Ref {
  url: string;
  line: number | null;
  /** The browser fetches it by itself (image, script, stylesheet…). */
  fetched: boolean;
  /** Follow only when it points at the site itself (absolute URLs in meta, XML). */
  sameSiteOnly?: boolean;
}

/** References in a page: URL attributes, srcset, inline styles, social-card meta. */
export function refsOfPage(page: ScannedHtml): Ref[] {
  const out: Ref[] = [];
  const push = (url: string, line: number, fetched: boolean, sameSiteOnly = false) => out.push({ url, line, fetched, sameSiteOnly });
  for (const tag of page.tags) {
    const attrs = URL_ATTRS[tag.name];
    if (attrs) {
      for (const [name, fetched] of attrs) {
        const v = tag.attrs.get(name);
        if (v === undefined) continue;
        push(v, tag.line, tag.name === 'link' ? linkFetched(tag) : fetched);
      }
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const v = tag.attrs.get(name);
      if (v !== undefined) for (const u of srcsetUrls(v)) push(u, tag.line, tag.name !== 'link' || linkFetched(tag));
    }
    if (tag.name === 'meta') {
      const key = (tag.attrs.get('property') ?? tag.attrs.get('name') ?? '').toLowerCase();
      const content = tag.attrs.get('content');
      if (META_URLS.has(key) && content) push(content, tag.line, false, true);
    }
    const style = tag.attrs.get('style');
    if (style) for (const u of cssUrls(style)) push(u.url, tag.line, true);
  }
  for (const s of page.styles) {
    const lineOf = lineIndex(s.text);
    for (const u of cssUrls(s.text)) push(u.url, s.line + lineOf(u.offset) - 1, true);
  }
  return out;
}

function linkFetched(tag: Tag): boolean {
  const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
  return rels.some((r) => FETCHED_RELS.has(r));
}

/** Absolute-path string literals naming Pagefind files in scripts: `'/pagefind/pagefind.js'`. */
export function pagefindLiterals(code: string): { url: string; offset: number }[] {
  const out: { url: string; offset: number }[] = [];
  const re = /(["'`])(\/(?:[\w.~%-]+\/)*pagefind\/[\w.-]*)\1/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.push({ url: m[2]!, offset: m.index });
  return out;
}

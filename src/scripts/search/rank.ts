/**
 * Client-side filtering and ranking of Pagefind results, pure so it can be unit-tested.
 * Pagefind folds most diacritics but not đ, so the enhancer asks Pagefind for every spelling of the
 * folded query (queryVariants) and then decides here, on folded text, what matches: a query gives the
 * same results whether typed "dong hai" or "Đông Hải". Every word must match (the last one may be a
 * prefix, as the reader types); the phrase ranks above scattered words, and pages that merely name it
 * are dropped (rerank); exact diacritics break ties.
 */
import { foldVi } from '../../lib/url';

/** Lower-cases and NFC-normalises, collapsing whitespace. */
export function normalise(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Folds Vietnamese to ASCII (strip marks, đ→d), lower-cased: foldVi on the normalised text. */
export function fold(s: string): string {
  return foldVi(normalise(s));
}

/** The folded words of a query: "Đông Hải!" → ["dong", "hai"]. */
export function queryWords(query: string): string[] {
  return fold(query).split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * The queries to send Pagefind so that a page is found whatever the reader's diacritics: the folded
 * query, and each word that starts with d also as đ (Pagefind folds the other marks itself). At most 8.
 */
export function queryVariants(query: string): string[] {
  let out = [''];
  for (const w of queryWords(query)) {
    const alts = w.startsWith('d') ? [w, `đ${w.slice(1)}`] : [w];
    out = out.flatMap((p) => alts.map((a) => (p ? `${p} ${a}` : a))).slice(0, 8);
  }
  return out.filter(Boolean);
}

/** What the ranker needs from a result. */
export interface Rankable {
  title: string;
  /** Plain text of the page (Pagefind's content), where words and phrases are looked for. */
  text?: string;
  /** Extra folded text indexed for the page (the "fold" metadata). */
  extra?: string;
}

const word = (w: string, prefix: boolean) => new RegExp(`(?:^|[^a-z0-9])${w}${prefix ? '' : '(?![a-z0-9])'}`);

/** Whether every word of the query is in the folded title or text (the last word may be a prefix). */
export function matchesAll(r: Rankable, query: string): boolean {
  const words = queryWords(query);
  if (!words.length) return false;
  const hay = fold(`${r.title} ${r.text ?? ''} ${r.extra ?? ''}`);
  return words.every((w, i) => word(w, i === words.length - 1).test(hay));
}

/**
 * Tier of a result for a query (lower is better): 0 the title holds the phrase; 1 the text holds the
 * phrase; 2 every word, scattered. All on folded text, so the tier never depends on diacritics.
 */
export function tier(r: Rankable, query: string): number {
  const words = queryWords(query);
  const phrase = new RegExp(`(?:^|[^a-z0-9])${words.join('[^a-z0-9]+')}(?![a-z0-9])`);
  if (phrase.test(fold(r.title))) return 0;
  if (phrase.test(fold(`${r.text ?? ''} ${r.extra ?? ''}`))) return 1;
  return 2;
}

/** 0 when the title holds the query exactly as typed with its diacritics, 1 when the text does, else 2. */
function exactness(r: Rankable, query: string): number {
  const q = normalise(query);
  if (!q || fold(q) === q) return 2;
  if (normalise(r.title).includes(q)) return 0;
  return r.text && normalise(r.text).includes(q) ? 1 : 2;
}

/** How often the phrase occurs in the folded text: how much a page is about it, not merely naming it. */
export function phraseCount(r: Rankable, query: string): number {
  const words = queryWords(query);
  if (!words.length) return 0;
  const re = new RegExp(`(?:^|[^a-z0-9])${words.join('[^a-z0-9]+')}(?![a-z0-9])`, 'g');
  return fold(`${r.text ?? ''} ${r.extra ?? ''}`).match(re)?.length ?? 0;
}

/**
 * Keeps the results that hold every word, and drops the loose ones: when some page holds the phrase,
 * a page must hold it in its title, or in its text at least half as often as the page that holds it
 * most (so a ward named once in a list of all wards does not flood the list). Ranks by tier, then (in
 * the title tier) the title the phrase covers most, so "Phường Đông Hải" comes before a story whose
 * title ends "ở Đông Hải", then how often the phrase occurs, then exact diacritics; ties keep Pagefind's order.
 */
export function rerank<T extends Rankable>(results: T[], query: string): T[] {
  const q = queryWords(query).join(' ');
  const scored = results
    .filter((r) => matchesAll(r, query))
    .map((r, i) => {
      const t = tier(r, query);
      const cover = t === 0 && r.title ? q.length / fold(r.title).length : 0;
      return { r, i, t, cover, n: phraseCount(r, query), e: exactness(r, query) };
    });
  const most = Math.max(0, ...scored.filter((x) => x.t > 0).map((x) => x.n));
  const floor = Math.max(1, Math.ceil(most / 2));
  return scored
    .filter((x) => x.t === 0 || most === 0 || x.n >= floor)
    .sort((a, b) => a.t - b.t || b.cover - a.cover || b.n - a.n || a.e - b.e || a.i - b.i)
    .map((x) => x.r);
}

/**
 * Client-side re-ranking of Pagefind results, pure so it can be unit-tested.
 * Pagefind folds diacritics (and, through the data-fold attribute, đ), so "Đông Hải" and "dong hai" match
 * the same pages. A reader who types the diacritics wants the exact spelling first, and a reader who types
 * a place name wants the page about that place before pages that merely mention it.
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

/** What the ranker needs from a result. */
export interface Rankable {
  title: string;
  /** Plain text of the excerpt or page, used to prefer exact-spelling matches in the body. */
  text?: string;
}

/**
 * Tier of a result for a query (lower is better):
 * 0 title contains the query as typed; 1 title contains it once folded;
 * 2 text contains the query as typed (only when the query has diacritics); 3 anything else.
 */
export function tier(r: Rankable, query: string): number {
  const q = normalise(query);
  if (!q) return 3;
  const title = normalise(r.title);
  if (title.includes(q)) return 0;
  if (fold(title).includes(fold(q))) return 1;
  if (fold(q) !== q && r.text && normalise(r.text).includes(q)) return 2;
  return 3;
}

/**
 * Re-ranks results: by tier, then (inside tiers 0–1) the title the query covers most,
 * so "Phường Đông Hải" comes before a story whose title ends with "ở Đông Hải"; ties keep Pagefind's order.
 */
export function rerank<T extends Rankable>(results: T[], query: string): T[] {
  const q = fold(query);
  return results
    .map((r, i) => {
      const t = tier(r, query);
      const cover = t <= 1 && r.title ? q.length / fold(r.title).length : 0;
      return { r, i, t, cover };
    })
    .sort((a, b) => a.t - b.t || b.cover - a.cover || a.i - b.i)
    .map((x) => x.r);
}

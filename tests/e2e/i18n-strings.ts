/**
 * The Vietnamese interface strings that must never show on an English page, from the dictionaries
 * themselves (so new keys are checked without editing a test), and a browser-side reader of the text
 * and labels of page regions. Shared by tests/e2e/i18n*.spec.ts.
 */
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strings } from '../../src/lib/i18n/index';

const MARK = '\u0000';

/** Every string leaf of a dictionary with its key path; a template function gives its fixed fragments. */
export function leaves(v: unknown, path = ''): { path: string; text: string }[] {
  if (typeof v === 'string') return [{ path, text: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  if (typeof v === 'function') {
    // Called with markers for its arguments, a template's text between them is what it adds itself.
    let out: unknown;
    try {
      out = (v as (...a: string[]) => unknown)(...Array.from({ length: v.length }, () => MARK));
    } catch {
      return [];
    }
    return typeof out === 'string' ? out.split(MARK).map((text, i) => ({ path: `${path}()#${i}`, text })) : [];
  }
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
  return [];
}

/** Whitespace collapsed, NFC: how text is compared. */
export const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Vietnamese strings that would betray an untranslated interface: leaves of the vi dictionary that
 * differ from the en value at the same key, at least 4 characters with a letter, and that no English
 * string contains (an English gloss may quote a Vietnamese name: "the fund (Quỹ “Vì người nghèo”)").
 */
export function viInterfaceStrings(): { path: string; text: string }[] {
  const en = new Map(leaves(strings('en')).map((l) => [l.path, norm(l.text)]));
  const enAll = [...en.values()];
  const seen = new Set<string>();
  return leaves(strings('vi'))
    .map((l) => ({ path: l.path, text: norm(l.text) }))
    .filter((l) => l.text.length >= 4 && /\p{L}/u.test(l.text) && en.get(l.path) !== l.text)
    .filter((l) => !enAll.some((e) => e.includes(l.text)))
    .filter((l) => !seen.has(l.text) && (seen.add(l.text), true));
}

/**
 * The interface regions of a page the check reads: header, footer, every navigation, badges,
 * provenance labels, chart controls and actions, and anything marked `data-i18n-check`.
 */
export const CHECKED_REGIONS = 'header, footer, nav, .badge, [data-provenance], .chart-controls, .chart-actions, .chart-years, [data-i18n-check]';

/**
 * Text and labels (aria-label, title, placeholder, alt) inside the regions, except what sits in an
 * element whose `lang` is not the page's (the switch to "Tiếng Việt", a Vietnamese-only link).
 */
export async function regionTexts(page: Page, selector = CHECKED_REGIONS): Promise<string[]> {
  return page.evaluate((sel) => {
    const pageLang = document.documentElement.lang;
    const own = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang;
    const out: string[] = [];
    const roots = [...document.querySelectorAll(sel)];
    for (const root of roots) {
      // A region inside another region is read once, with its parent.
      if (roots.some((r) => r !== root && r.contains(root))) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('script, style, template') || !own(parent)) continue;
        if (n.textContent?.trim()) out.push(n.textContent);
      }
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (!own(el)) continue;
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = el.getAttribute(a);
          if (v?.trim()) out.push(v);
        }
      }
    }
    return out;
  }, selector);
}

let cells: Set<string> | undefined;
/**
 * Every text cell of the CSV files in data/: content that stays Vietnamese in every edition (the
 * issue: "the CSV content stays as it is"), such as a source quoting the plan in a badge's title.
 * A text or label that is exactly such a cell is data, not interface.
 */
export function dataTexts(dir = join(process.cwd(), 'data')): Set<string> {
  if (cells) return cells;
  cells = new Set();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv'))) {
    const rows = Papa.parse<string[]>(readFileSync(join(dir, f), 'utf8'), { skipEmptyLines: true }).data;
    for (const row of rows.slice(1)) for (const c of row) if (/\p{L}/u.test(c)) cells.add(norm(c));
  }
  return cells;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Vietnamese interface strings found in the texts, as whole words (so a fragment never matches
 * inside a longer word): `[{ path, text }]`, empty when clean.
 */
export function viStringsIn(texts: string[], vi = viInterfaceStrings(), data = dataTexts()): { path: string; text: string }[] {
  const hay = texts.map(norm).filter((t) => !data.has(t)).join('\n');
  return vi.filter((l) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(l.text)}(?![\\p{L}\\p{N}])`, 'u').test(hay));
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The @font-face rules of src/styles/fonts.css as weight + covered code points. */
function faces(): { weight: string; url: string; covers: (cp: number) => boolean }[] {
  const css = readFileSync('src/styles/fonts.css', 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const body = m[1]!;
    const ranges = /unicode-range:\s*([^;]+);/.exec(body)![1]!.split(',').map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
    });
    return {
      weight: /font-weight:\s*(\d+)/.exec(body)![1]!,
      url: /url\('([^']+)'\)/.exec(body)![1]!,
      covers: (cp: number) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi),
    };
  });
}

// Every Vietnamese letter: the 12 vowels with the 5 tone marks, plus đ, in both cases.
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const ALPHABET = [...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).concat('đ', 'bcdghklmnpqrstvx'.split(''));

describe('web fonts', () => {
  it('declares exactly one file per weight (at most two downloads a page)', () => {
    const f = faces();
    expect(f.map((x) => x.weight).sort()).toEqual(['400', '600']);
    expect(new Set(f.map((x) => x.url)).size).toBe(2);
  });
  it('covers the whole Vietnamese alphabet, both cases, digits and the punctuation the site prints', () => {
    const chars = [...ALPHABET, ...ALPHABET.map((c) => c.toUpperCase()), ...'0123456789%,.;:–—“”‘’…·›₫'];
    for (const face of faces()) {
      const missing = chars.filter((c) => !face.covers(c.codePointAt(0)!));
      expect(missing, `weight ${face.weight}`).toEqual([]);
    }
  });
});

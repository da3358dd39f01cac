/** decodeUtf8 for CSVs and stories alike: UTF-8 only, other encodings named, the fix worded per file type. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, detectUtf16, guessLegacyEncoding } from '../../../src/lib/validate/decode';

const utf16le = (s: string) => { const b = new Uint8Array(s.length * 2); for (let i = 0; i < s.length; i++) { b[2 * i] = s.charCodeAt(i) & 0xff; b[2 * i + 1] = s.charCodeAt(i) >> 8; } return b; };
const utf16be = (s: string) => { const le = utf16le(s); const b = new Uint8Array(le.length); for (let i = 0; i < le.length; i += 2) { b[i] = le[i + 1]!; b[i + 1] = le[i]!; } return b; };
const STORY = '---\ntitle: "Chị Hoa và mảnh vườn"\nward: Đô Vinh\n---\n\nNăm 2023, gia đình chị thoát nghèo.\n';

describe('decodeUtf8', () => {
  it('accepts UTF-8 with or without a BOM', () => {
    const bytes = new TextEncoder().encode(STORY);
    expect(decodeUtf8(bytes, 'content/stories/a.mdx')).toEqual({ ok: true, text: STORY });
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), 'x.mdx')).toEqual({ ok: true, text: STORY });
  });

  it('names UTF-16 in a story, with a fix that does not speak of Excel', () => {
    for (const [bytes, enc] of [[utf16le(STORY), 'LE'], [utf16be(STORY), 'BE'], [Uint8Array.from([0xff, 0xfe, ...utf16le(STORY)]), 'LE']] as const) {
      const r = decodeUtf8(bytes, 'content/stories/a.mdx');
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.problem).toMatchObject({ code: 'encoding-error', file: 'content/stories/a.mdx', line: 1, field: null });
      expect(r.problem.message).toContain(`tệp được lưu theo UTF-16 ${enc}`);
      expect(r.problem.message).toContain('lưu lại với mã hóa UTF-8');
      expect(r.problem.message).not.toContain('Excel');
    }
  });

  it('names Windows-1258 in a story, on the line of the first bad byte', () => {
    // "Năm" in Windows-1258: N, ă = 0xE3, m; on line 6.
    const bytes = Uint8Array.from([...new TextEncoder().encode('---\ntitle: "x"\n---\n\n\n'), 0x4e, 0xe3, 0x6d, 0x20, 0x32, 0x30, 0x32, 0x33, 0x0a]);
    const r = decodeUtf8(bytes, 'content/stories/a.mdx');
    expect(r.ok ? null : r.problem).toMatchObject({ code: 'encoding-error', line: 6 });
    expect(r.ok ? '' : r.problem.message).toContain('có vẻ được lưu theo Windows-1258');
  });

  it('counts CR-only line breaks when placing a bad byte', () => {
    const r = decodeUtf8(Uint8Array.from([0x61, 0x0d, 0x62, 0x0d, 0x0a, 0x63, 0x0d, 0xe3]), 'x.csv');
    expect(r.ok ? null : r.problem.line).toBe(4);
  });

  it('does not guess an encoding for random binary', () => {
    expect(guessLegacyEncoding(Uint8Array.from([0x80, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x9e, 0xa4, 0xa6]))).toBeNull();
  });

  it('never takes valid UTF-8 text for UTF-16 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '1', ' ', 'đ', 'ộ', 'Ư', '\n', '"'), minLength: 2, maxLength: 200 }), (s) => {
        expect(detectUtf16(new TextEncoder().encode(s))).toBeNull();
        expect(decodeUtf8(new TextEncoder().encode(s), 'x.csv')).toEqual({ ok: true, text: s });
      }),
      { numRuns: 500 },
    );
  });
});

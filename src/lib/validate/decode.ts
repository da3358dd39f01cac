/**
 * Turning bytes into text: UTF-8 only (a BOM is accepted). Anything else is an encoding-error that
 * names the encoding the file was most likely saved in (UTF-16 LE/BE, Windows-1258, TCVN3), so the
 * editor knows what to change. Used for the CSVs and for the stories alike.
 */
import type { Problem } from './problem';

/** Decoded text, or the problem that stopped decoding. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** A strict decoder (throws on invalid UTF-8, drops a leading BOM). */
const FATAL = new TextDecoder('utf-8', { fatal: true });

/** The fix, worded for the kind of file: Excel's menu for a CSV, any editor otherwise. */
export function utf8Fix(file: string): string {
  return /\.csv$/i.test(file)
    ? 'Sửa: mở tệp và lưu lại với mã hóa UTF-8 (trong Excel: Lưu thành → CSV UTF-8).'
    : 'Sửa: mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8.';
}

/**
 * UTF-16 by its byte order mark, or without one by the NUL bytes that ASCII characters leave in
 * every other byte: "LE" when NULs sit at odd offsets, "BE" at even ones, null otherwise.
 */
export function detectUtf16(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // Vietnamese in UTF-16 still has many ASCII characters (digits, commas, spaces, unaccented letters).
  if (odd >= pairs * 0.3 && even <= pairs * 0.05) return 'LE';
  if (even >= pairs * 0.3 && odd <= pairs * 0.05) return 'BE';
  return null;
}

/** Vietnamese letters with diacritics, and the combining tone marks Windows-1258 writes separately. */
const VI_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ\u0300\u0301\u0303\u0309\u0323]/iu;
/** Punctuation a Vietnamese text may hold in a single-byte code page: neither for nor against. */
const NEUTRAL = /[“”‘’–—…•\u00a0«»°]/u;

/** Share of the non-ASCII characters of `text` that are Vietnamese letters (1 when there are none). */
function vietnameseShare(text: string): { share: number; count: number } {
  let vi = 0;
  let other = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || NEUTRAL.test(ch)) continue;
    if (VI_LETTER.test(ch)) vi++;
    else other++;
  }
  const count = vi + other;
  return { share: count === 0 ? 1 : vi / count, count };
}

/** TCVN3 (ABC) bytes for lower-case Vietnamese letters and the capitals Ă Â Ê Ô Ơ Ư Đ. */
function isTcvn3Letter(b: number): boolean {
  if (b >= 0xa1 && b <= 0xae) return true;
  if (b < 0xb5 || b > 0xfe) return false;
  // Unassigned in TCVN3 (upper-case toned letters live in the control range, not here).
  return !(b === 0xba || (b >= 0xbf && b <= 0xc5) || b === 0xcd || (b >= 0xd9 && b <= 0xdb) || b === 0xe0 || b === 0xf0);
}

/**
 * The single-byte encoding non-UTF-8 bytes were most likely saved in: Windows-1258 when they decode
 * to Vietnamese letters, TCVN3 when they are mostly bytes that are letters in TCVN3 but symbols
 * (¨ © ª « ¬ µ ¶ ¸ ¹ …) in Windows-1258, or null when neither fits.
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'Windows-1258' | 'TCVN3' | null {
  const legacy = legacyBytes(bytes);
  if (legacy.length === 0) return null;
  let tcvn = 0;
  let symbols = 0;
  for (const b of legacy) {
    if (isTcvn3Letter(b)) tcvn++;
    if (b >= 0xa1 && b <= 0xbf) symbols++;
  }
  let cp = { share: 0, count: 0 };
  try {
    cp = vietnameseShare(new TextDecoder('windows-1258').decode(legacy));
  } catch {
    /* a Node without full ICU: fall through to the byte heuristics */
  }
  if (cp.count > 0 && cp.share >= 0.8) return 'Windows-1258';
  if (tcvn / legacy.length >= 0.8 && symbols / legacy.length >= 0.2) return 'TCVN3';
  return null;
}

/**
 * The bytes ≥ 0x80 that are not part of a valid UTF-8 sequence (at most 64 KiB of them): a file
 * partly fixed by hand still has its UTF-8 parts, which say nothing about the legacy encoding.
 */
function legacyBytes(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length && out.length < 65536) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) i += len;
    else { out.push(b); i++; }
  }
  return Uint8Array.from(out);
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0 || i + need >= bytes.length) return 0;
  return firstInvalidUtf8(bytes.subarray(i, i + need + 1)) === -1 ? need + 1 : 0;
}

/** Decodes a file's bytes as UTF-8, stripping a BOM; reports the encoding and the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): Decoded {
  const fail = (line: number, message: string): Decoded => ({ ok: false, problem: { code: 'encoding-error', file, line, field: null, message } });
  const utf16 = detectUtf16(bytes);
  if (utf16) return fail(1, `tệp được lưu theo UTF-16 ${utf16}, không phải UTF-8. ${utf8Fix(file)}`);
  // The platform decoder checks UTF-8 far faster than the byte loop, which only runs to locate an error.
  try {
    return { ok: true, text: FATAL.decode(bytes) };
  } catch {
    /* invalid: find where, below */
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  let line = 1;
  for (let i = 0; i < bad; i++) {
    // CR, LF and CRLF each end one line, as editors count them.
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  const guess = guessLegacyEncoding(bytes);
  const what = guess
    ? `tệp không phải UTF-8: có vẻ được lưu theo ${guess} (byte thứ ${bad + 1} không hợp lệ trong UTF-8)`
    : `byte thứ ${bad + 1} không phải UTF-8 (có thể tệp được lưu theo Windows-1258 hoặc TCVN3)`;
  return fail(line, `${what}. ${utf8Fix(file)}`);
}

/** Turning bytes into text: UTF-8 only (a BOM is accepted), anything else is an encoding-error. */
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

/** Decodes a data file's bytes as UTF-8, stripping a BOM; reports the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: { code: 'encoding-error', file, line: 1, field: null, message: 'tệp được lưu theo UTF-16. Sửa: lưu lại tệp với mã hóa "UTF-8" (trong Excel: Lưu thành → CSV UTF-8).' } };
  }
  // The platform decoder checks UTF-8 far faster than the byte loop, which only runs to locate an error.
  try {
    return { ok: true, text: FATAL.decode(bytes) };
  } catch {
    /* invalid: find where, below */
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return {
      ok: false,
      problem: {
        code: 'encoding-error',
        file,
        line,
        field: null,
        message: `byte thứ ${bad + 1} không phải UTF-8 (có thể tệp được xuất theo Windows-1258 hoặc TCVN3). Sửa: mở tệp và lưu lại với mã hóa "UTF-8" (trong Excel: Lưu thành → CSV UTF-8).`,
      },
    };
  }
  // TextDecoder drops a leading BOM by itself.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

/**
 * The bytes every dataset download is made of. One function per file, used by the endpoint that
 * serves the file, by the page that shows its size and SHA-256, and by datapackage.json and all.zip,
 * so a published hash is always the hash of the bytes served.
 */
import { createHash } from 'node:crypto';
import { toCsv, type CsvValue } from '../csv/write';
import { formatsFor } from '../format';
import { DEFAULT_LOCALE, strings, type Locale } from '../i18n/index';

/** A file as published: its bytes, size and SHA-256. */
export interface FileInfo {
  /** File name relative to /du-lieu/, e.g. "ward-poverty.csv". */
  path: string;
  /** Backed by a plain ArrayBuffer, so it can be a Response body. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Size in bytes. */
  size: number;
  /** SHA-256, lower-case hex. */
  sha256: string;
}

const encoder = new TextEncoder();

/** SHA-256 of some bytes, lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Wraps bytes with their size and hash. */
export function fileInfo(path: string, bytes: Uint8Array): FileInfo {
  const b = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  return { path, bytes: b, size: b.byteLength, sha256: sha256Hex(b) };
}

/** Encodes text as UTF-8 (a leading U+FEFF in the text becomes the BOM bytes EF BB BF). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * The canonical CSV of validated rows: the columns in schema order, written by the one CSV writer
 * (BOM, CRLF, header, dot decimals, ISO dates, blank for null).
 */
export function canonicalCsv(columns: readonly string[], rows: readonly object[]): string {
  return toCsv(columns, rows as readonly Record<string, CsvValue>[]);
}

/** The same rows as a JSON array of objects, keys in schema order, null for blank cells. */
export function canonicalJson(columns: readonly string[], rows: readonly object[]): string {
  const out = rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const c of columns) o[c] = (r as Record<string, unknown>)[c] ?? null;
    return o;
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A byte count for readers: "850 byte", "12,3 kB", "1,2 MB" (1 kB = 1000 byte). */
export function formatBytes(n: number, locale: Locale = DEFAULT_LOCALE): string {
  const num = formatsFor(locale).number;
  if (n < 1000) return strings(locale).data.downloads.bytes(num(n));
  if (n < 1_000_000) return `${num(n / 1000, 1)} kB`;
  return `${num(n / 1_000_000, 1)} MB`;
}

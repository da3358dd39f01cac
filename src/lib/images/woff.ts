/**
 * WOFF 1.0 → TrueType/OpenType: the site's font ships as WOFF (@fontsource), the rasteriser reads
 * only sfnt. Each table is inflated (zlib) when compressed and the sfnt is laid out again.
 * https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from 'node:zlib';

/** The sfnt bytes of a WOFF 1.0 file. Throws on anything else (e.g. WOFF2). */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (v.getUint32(0) !== 0x774f4646) throw new Error('Không phải tệp WOFF 1.0 (chữ ký wOFF).');
  const flavor = v.getUint32(4);
  const n = v.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < n; i++) {
    const e = 44 + i * 20;
    const off = v.getUint32(e + 4);
    const comp = v.getUint32(e + 8);
    const orig = v.getUint32(e + 12);
    const raw = woff.subarray(off, off + comp);
    tables.push({ tag: v.getUint32(e), checksum: v.getUint32(e + 16), data: comp < orig ? new Uint8Array(inflateSync(raw)) : raw });
  }
  const pad = (x: number) => (x + 3) & ~3;
  const size = 12 + 16 * n + tables.reduce((s, t) => s + pad(t.data.length), 0);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= n) {
    pow *= 2;
    log++;
  }
  o.setUint32(0, flavor);
  o.setUint16(4, n);
  o.setUint16(6, pow * 16);
  o.setUint16(8, log);
  o.setUint16(10, n * 16 - pow * 16);
  let at = 12 + 16 * n;
  tables.forEach((t, i) => {
    const r = 12 + i * 16;
    o.setUint32(r, t.tag);
    o.setUint32(r + 4, t.checksum);
    o.setUint32(r + 8, at);
    o.setUint32(r + 12, t.data.length);
    out.set(t.data, at);
    at += pad(t.data.length);
  });
  return out;
}


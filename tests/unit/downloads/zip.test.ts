import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, zipDate } from '../../../src/lib/downloads/zip';
import { getDataPackage, getDownloads, getWorkbook, getZip } from '../../../src/lib/downloads/index';

const HOME = 'https://giam-ngheo-prtc.example/du-lieu/';

describe('all.zip', async () => {
  const zip = await getZip(HOME);
  const files = unzipSync(zip.bytes);
  const downloads = getDownloads();

  it('holds every canonical CSV and workbook, datapackage.json and README.txt, byte for byte', async () => {
    expect(Object.keys(files).sort()).toEqual([...downloads.flatMap((d) => [`${d.name}.csv`, `${d.name}.xlsx`]), 'README.txt', 'datapackage.json'].sort());
    for (const d of downloads) expect(Buffer.from(files[`${d.name}.csv`]!).equals(Buffer.from(d.csv.bytes))).toBe(true);
    for (const d of downloads) expect(Buffer.from(files[`${d.name}.xlsx`]!).equals(Buffer.from((await getWorkbook(d.name, HOME)).bytes))).toBe(true);
    expect(Buffer.from(files['datapackage.json']!).equals(Buffer.from(getDataPackage(HOME).bytes))).toBe(true);
  });

  it('has a Vietnamese README with the illustrative-data warning, licence and source', () => {
    const bytes = files['README.txt']!;
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const readme = new TextDecoder().decode(bytes);
    expect(readme).toContain('\r\n');
    expect(readme).toContain('SỐ LIỆU MINH HỌA');
    expect(readme).toContain('Creative Commons Attribution 4.0');
    expect(readme).toContain('Kế hoạch 122/KH-UBND');
    for (const d of downloads) expect(readme).toContain(`${d.name}.csv`);
    for (const d of downloads) expect(readme).toContain(d.csv.sha256);
  });

  it('is deterministic: same bytes every time, timestamps from the data, not the clock', () => {
    const a = buildZip([{ path: 'a.txt', bytes: new Uint8Array([1, 2, 3]) }], '2026-11-28');
    const b = buildZip([{ path: 'a.txt', bytes: new Uint8Array([1, 2, 3]) }], '2026-11-28');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = buildZip([{ path: 'a.txt', bytes: new Uint8Array([1, 2, 3]) }], '2024-03-11');
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    // DOS date of the local file header (offset 12): 2026-11-28 → ((2026-1980)<<9)|(11<<5)|28.
    expect(new DataView(a.buffer, a.byteOffset).getUint16(12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 28);
    expect(new DataView(a.buffer, a.byteOffset).getUint16(10, true)).toBe(0);
    const d = zipDate('2026-11-28');
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2026, 11, 28, 0]);
  });
});

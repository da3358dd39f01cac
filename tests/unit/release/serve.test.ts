import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding, serveDir, type StaticServer } from '../../../src/cli/release/serve';
import { request } from 'node:http';

describe('choosing an encoding', () => {
  it('prefers br, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding(undefined)).toBe('identity');
  });
});

/** A raw GET (fetch would decompress by itself and hide the encoding). */
function get(url: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('the static host', () => {
  let dir: string;
  let s: StaticServer;
  const html = `<!doctype html><title>x</title>${'<p>Phường Đô Vinh</p>'.repeat(50)}`;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gn-serve-'));
    mkdirSync(join(dir, 'ke-hoach'));
    writeFileSync(join(dir, 'ke-hoach/index.html'), html);
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
    writeFileSync(join(dir, 'a.png'), Buffer.from([137, 80, 78, 71]));
    writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: SAMEORIGIN\n/ke-hoach/*\n  Cache-Control: max-age=60\n');
    s = await serveDir(dir, { base: '/giam-ngheo/' });
  });
  afterAll(async () => {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends pages under BASE compressed with brotli or gzip, with the _headers rules', async () => {
    const br = await get(`${s.url}/giam-ngheo/ke-hoach/`, 'gzip, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(html) / 5);
    expect(br.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(br.headers['cache-control']).toBe('max-age=60');
    const gz = await get(`${s.url}/giam-ngheo/`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(html);
    expect(gz.headers['cache-control']).toBeUndefined();
  });

  it('leaves images alone, redirects a missing slash and answers 404 with the 404 page', async () => {
    const png = await get(`${s.url}/giam-ngheo/a.png`, 'br');
    expect([png.headers['content-encoding'], png.headers['content-type'], png.body.length]).toEqual([undefined, 'image/png', 4]);
    const slash = await get(`${s.url}/giam-ngheo/ke-hoach`, '');
    expect([slash.status, slash.headers.location]).toEqual([301, '/giam-ngheo/ke-hoach/']);
    // Outside BASE, missing, or climbing out of the folder (escaped dots): the 404 page, never another file.
    for (const path of ['/giam-ngheo/khong-co/', '/ke-hoach/', '/giam-ngheo/%2e%2e/%2e%2e/%2e%2e/etc/hostname']) {
      const nf = await get(`${s.url}${path}`, '');
      expect(nf.status, path).toBe(404);
      expect(nf.body.toString()).toContain('<title>404</title>');
    }
  });
});

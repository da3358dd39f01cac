/**
 * The CMS at /admin/: Decap's own bundle is served from node_modules/decap-cms/dist (no CDN),
 * under /admin/decap/ in `astro dev` and copied there by the build; and the browser bundle of the
 * story checks gets `node:fs`/`node:path` stand-ins (src/lib/cms/shims), the server keeps Node's.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DECAP_DIST = join(root, 'node_modules', 'decap-cms', 'dist');
const SHIMS: Record<string, string> = {
  'node:fs': join(root, 'src/lib/cms/shims/fs.ts'),
  fs: join(root, 'src/lib/cms/shims/fs.ts'),
  'node:path': join(root, 'src/lib/cms/shims/path.ts'),
  path: join(root, 'src/lib/cms/shims/path.ts'),
};

/** Files of Decap's bundle the page needs: the entry, its lazily loaded chunks, WebAssembly, licence. No source maps. */
export function decapFiles(dir = DECAP_DIST): string[] {
  return readdirSync(dir).filter((f) => /^(\d+\.)?decap-cms\.js$/.test(f) || f.endsWith('.wasm') || f === 'decap-cms.js.LICENSE.txt').sort();
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', wasm: 'application/wasm', txt: 'text/plain; charset=utf-8' };

/** The integration (astro.config.mjs). */
export function cms(): AstroIntegration {
  let base = '/';
  return {
    name: 'giam-ngheo-cms',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'giam-ngheo-cms-browser-shims',
                enforce: 'pre',
                resolveId(id, _importer, options) {
                  const env = (this as { environment?: { config?: { consumer?: string } } }).environment;
                  const client = env?.config?.consumer ? env.config.consumer === 'client' : !options?.ssr;
                  return client && SHIMS[id] ? SHIMS[id] : null;
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}admin/decap/`;
        const files = new Set(decapFiles());
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length);
          if (!files.has(name)) return next();
          const file = join(DECAP_DIST, name);
          res.setHeader('Content-Type', TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
          res.setHeader('Content-Length', String(statSync(file).size));
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), 'admin', 'decap');
        if (!existsSync(join(fileURLToPath(dir), 'admin'))) return;
        mkdirSync(out, { recursive: true });
        for (const f of decapFiles()) copyFileSync(join(DECAP_DIST, f), join(out, f));
      },
    },
  };
}

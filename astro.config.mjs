// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cms } from './src/integrations/cms';
import { siteOrigin } from './src/lib/origin';
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO } from './src/lib/i18n/locales';
import { withXDefault } from './src/lib/i18n/routes';

// Same build deployable under a sub-path: SITE and BASE come from the environment. Without SITE,
// absolute URLs use a placeholder origin (src/lib/origin.ts), never a loopback address.
const site = siteOrigin();
const base = process.env.BASE ?? '/';
const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

export default defineConfig({
  site,
  base,
  output: 'static',
  // The build script writes into a fresh folder, then swaps it in, so a failed build keeps the old dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Vietnamese at the root, English under /en/ at the same paths (src/lib/i18n/locales.ts).
  // A new language is an entry in LOCALES, never an edit here.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    // Pages that are noindex (search, embeds, the CMS, 404) stay out of the sitemap too.
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, LOCALE_INFO[l].lang])) },
      filter: (page) => !/\/(tim-kiem|nhung|admin)\//.test(new URL(page).pathname) && !/\/404\/?$/.test(page),
      // The integration pairs only pages that exist in both editions (one-language pages, twin={false},
      // get no alternates); x-default points at the Vietnamese page, as the pages' own hreflang links do.
      serialize: withXDefault,
    }),
    cms(),
  ],
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
  // Never inline bundled scripts into the HTML (Astro inlines those under 4 kB): the CSP allows
  // scripts from 'self' only (src/lib/security.ts). Other assets keep Vite's default.
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // Images are named by their content alone: two byte-identical files (a draft's cover and a
      // published one) become one asset that carries neither story's file name.
      rollupOptions: {
        output: {
          assetFileNames: (info) => (IMAGE_FILE.test(info.names?.[0] ?? info.name ?? '') ? '_astro/img-[hash][extname]' : '_astro/[name].[hash][extname]'),
        },
      },
    },
  },
});

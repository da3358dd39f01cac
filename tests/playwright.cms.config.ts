import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CMS end-to-end test: `npm run cms` (decap-server + astro dev) as the web server.
// CMS_PORT and DECAP_PORT choose the ports (defaults 4321 and 8081, as `npm run cms`).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.CMS_PORT ?? 4321);
const decapPort = process.env.DECAP_PORT ?? '8081';

export default defineConfig({
  testDir: resolve(root, 'tests/e2e'),
  testMatch: ['cms.spec.ts'],
  outputDir: resolve(root, 'test-results/cms'),
  workers: 1,
  retries: 0,
  timeout: 180_000,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1400, height: 1000 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node_modules/.bin/tsx src/cli/cms.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/admin/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', CMS_PORT: String(port), DECAP_PORT: decapPort },
  },
});

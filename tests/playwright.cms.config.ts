import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { launchOptions, root } from './browser';

// The CMS end-to-end test: `npm run cms` (decap-server + astro dev) as the web server.
// CMS_PORT and DECAP_PORT choose the ports (defaults 4321 and 8081, as `npm run cms`).
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
    launchOptions,
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

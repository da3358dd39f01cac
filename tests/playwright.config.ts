import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { launchOptions, root } from './browser';

// This file lives in tests/ (the project's top level is kept to a fixed set); paths are from the project root.
// Each run can serve its own build on its own port (E2E_PORT, ASTRO_OUT_DIR), so runs never collide.
const port = Number(process.env.E2E_PORT ?? 4321);
const base = process.env.BASE ?? '/';

export default defineConfig({
  testDir: resolve(root, 'tests/e2e'),
  // The CMS test runs against `npm run cms` with its own config (tests/playwright.cms.config.ts).
  testIgnore: ['**/cms.spec.ts'],
  outputDir: resolve(root, 'test-results'),
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});

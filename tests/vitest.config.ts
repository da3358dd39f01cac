import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // This file lives in tests/; the project root is one level up.
  root: resolve(dirname(fileURLToPath(import.meta.url)), '..'),
  test: {
    // Only unit tests: the Playwright specs in tests/e2e run under Playwright.
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit tests: the Playwright specs in tests/e2e run under Playwright.
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});

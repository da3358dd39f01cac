/** What both Playwright configs share: the project root and Debian's Chromium, never a downloaded browser. */
import type { LaunchOptions } from '@playwright/test';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in tests/). */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium (CHROMIUM_PATH overrides), kept off the network it cannot reach here. */
export const launchOptions: LaunchOptions = {
  executablePath: existsSync(chromium) ? chromium : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
};

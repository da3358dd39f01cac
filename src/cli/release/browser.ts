/** Debian's Chromium for the release scripts (never a downloaded browser), kept off the network it cannot reach here. */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright';

/** The Chromium binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling home (no network here) and from using QUIC. */
export const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/** Launch options for Playwright's chromium.launch. */
export const launchOptions: LaunchOptions = {
  executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
  args: QUIET_FLAGS,
};

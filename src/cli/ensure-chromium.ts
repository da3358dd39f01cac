/** Before e2e tests: make sure Debian's Chromium is there (installs it with apt-get when running as root). */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  if (process.getuid?.() === 0) {
    console.log('Chưa có Chromium: đang cài gói "chromium" của Debian (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(`Không tìm thấy Chromium ở ${path}. Cài bằng: sudo apt-get install chromium (hoặc đặt CHROMIUM_PATH).`);
    process.exit(1);
  }
}

/**
 * The site's public origin: one setting, `SITE` (see DEPLOY.md). Every absolute URL a published
 * file carries (canonical and Open Graph URLs, sitemap, RSS, embed codes, citations, usage
 * snippets, datapackage.json, all.zip, catalogs, chart images) is built from it.
 */

/**
 * The origin used when `SITE` is not set: a reserved, never-resolving domain (RFC 2606 `.example`),
 * so a default build writes no loopback address and is plainly not the real address.
 */
export const PLACEHOLDER_ORIGIN = 'https://giam-ngheo-prtc.example';

/** Hosts that only ever mean "this computer". */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** True when a URL points at this computer (localhost, 127.x.x.x, [::1]). */
export function isLoopback(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Finds a loopback address in a text: any 127.x.x.x, or localhost / [::1] / 0.0.0.0 written as a
 * URL host ("//localhost"). The bare word "localhost" (e.g. in a script's hostname check) is no address.
 */
export const LOOPBACK_TEXT = /\b127\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\/\/(localhost|\[::1\]|0\.0\.0\.0)\b/i;

/** The public origin: `SITE` from the environment (blank counts as unset), else the placeholder. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const s = env.SITE?.trim();
  return s ? s.replace(/\/+$/, '') : PLACEHOLDER_ORIGIN;
}

/** The one line the build prints about the origin, or null when a real public origin is set. */
export function originNotice(env: Record<string, string | undefined> = process.env): string | null {
  const s = env.SITE?.trim();
  if (!s) return `SITE chưa đặt: các địa chỉ tuyệt đối trong bản dựng dùng địa chỉ tạm ${PLACEHOLDER_ORIGIN}. Sửa: đặt SITE=https://<địa-chỉ-công-khai> khi dựng bản phát hành (xem DEPLOY.md).`;
  if (isLoopback(s)) return `SITE=${s} là địa chỉ trên máy này: chỉ dùng để thử, đừng phát hành bản dựng này. Sửa: đặt SITE=https://<địa-chỉ-công-khai>.`;
  return null;
}

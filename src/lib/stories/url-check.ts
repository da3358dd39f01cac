/**
 * Judging the URLs a story links to, as a browser would read them: character references are
 * already decoded by the MDX parser; here percent-escapes are decoded, compatibility forms folded
 * (NFKC) and the characters browsers ignore in a URL (controls, spaces, zero-width) removed, so
 * "jav&#x09;ascript:", "%6Aavascript:" and "ｊavascript:" are all seen as "javascript:".
 */

/** Link schemes a story may use; links without a scheme (relative, `#anchor`, `/path`) are fine too. */
export const LINK_SCHEMES = ['https', 'http', 'mailto'] as const;

/** Decodes percent-escapes (several rounds, for double encoding); stops at the first malformed escape. */
function decodePercent(s: string): string {
  let out = s;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(out);
    } catch {
      // A stray "%" is not an escape: decode the well-formed ones only.
      next = out.replace(/(?:%[0-9a-f]{2})+/gi, (m) => {
        try {
          return decodeURIComponent(m);
        } catch {
          return m;
        }
      });
    }
    if (next === out) break;
    out = next;
  }
  return out;
}

/** The URL as a browser resolves its scheme: decoded, folded, without ignorable characters, lower case. */
export function normaliseUrl(raw: string): string {
  return decodePercent(raw)
    .replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, n: string) => {
      const cp = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : parseInt(n, 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    })
    .normalize('NFKC')
    .replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g, '')
    .toLowerCase();
}

/** The scheme of a normalised URL (`javascript`), or null for a relative URL. */
export function urlScheme(normalised: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):/.exec(normalised);
  return m ? m[1]! : null;
}

/** True when a story may link to `raw`: an allowed scheme, or none. */
export function isAllowedLink(raw: string): boolean {
  const scheme = urlScheme(normaliseUrl(raw));
  return scheme === null || (LINK_SCHEMES as readonly string[]).includes(scheme);
}

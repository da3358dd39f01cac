/**
 * What a built page needs from the Content-Security-Policy: inline scripts, event-handler
 * attributes, javascript: URLs, inline styles, plugins. Each one the policy would block is a problem,
 * found before a browser does.
 */
import { createHash } from 'node:crypto';
import { effectiveSources, parseCsp } from './headers';
import type { ScannedHtml } from './html';

/** One thing on a page that the policy blocks. */
export interface CspProblem {
  line: number;
  directive: string;
  message: string;
}

/** What kinds of inline content a page uses (figures for the report). */
export interface CspUsage {
  inlineScripts: number;
  inlineStyles: number;
  styleAttributes: number;
  eventHandlers: number;
}

/** Script types a browser executes; others (JSON-LD, templates) are data blocks that CSP ignores. */
function executes(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'importmap' || t === 'speculationrules' || /^(text|application)\/(x-)?(java|ecma)script$/.test(t);
}

/** `'sha256-…'` source of a text, as CSP hashes inline content. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function allowsInline(sources: string[] | null, text: string | null): boolean {
  if (sources === null) return true; // no directive, nothing restricted
  const hasNonceOrHash = sources.some((s) => /^'(nonce|sha256|sha384|sha512)-/.test(s));
  // 'unsafe-inline' is ignored when a hash or nonce is present (CSP2+).
  if (sources.includes("'unsafe-inline'") && !hasNonceOrHash) return true;
  return text !== null && sources.includes(cspHash(text));
}

/** Checks a scanned page against a policy string. */
export function cspProblems(page: ScannedHtml, policy: string): { problems: CspProblem[]; usage: CspUsage } {
  const csp = parseCsp(policy);
  const problems: CspProblem[] = [];
  const usage: CspUsage = { inlineScripts: 0, inlineStyles: 0, styleAttributes: 0, eventHandlers: 0 };
  const scriptElem = effectiveSources(csp, 'script-src-elem');
  const scriptAttr = effectiveSources(csp, 'script-src-attr');
  const styleElem = effectiveSources(csp, 'style-src-elem');
  const styleAttr = effectiveSources(csp, 'style-src-attr');
  const objects = effectiveSources(csp, 'object-src');

  for (const s of page.scripts) {
    if (s.tag.attrs.has('src') || !executes(s.tag.attrs.get('type'))) continue;
    usage.inlineScripts++;
    if (!allowsInline(scriptElem, s.text)) {
      problems.push({ line: s.tag.line, directive: 'script-src', message: `thẻ <script> nội tuyến bị CSP chặn (script-src không có 'unsafe-inline' hay ${cspHash(s.text)}). Sửa: chuyển mã vào một <script> được Astro đóng gói (không dùng is:inline), hoặc thêm mã băm vào src/lib/security.ts.` });
    }
  }
  for (const s of page.styles) {
    usage.inlineStyles++;
    if (!allowsInline(styleElem, s.text)) {
      problems.push({ line: s.tag.line, directive: 'style-src', message: "thẻ <style> nội tuyến bị CSP chặn. Sửa: thêm 'unsafe-inline' vào style-src hoặc đặt build.inlineStylesheets: 'never'." });
    }
  }
  for (const tag of page.tags) {
    for (const [name, value] of tag.attrs) {
      if (/^on[a-z]+$/.test(name)) {
        usage.eventHandlers++;
        if (!allowsInline(scriptAttr, null)) {
          problems.push({ line: tag.line, directive: 'script-src', message: `thuộc tính ${name}="…" trên <${tag.name}> bị CSP chặn. Sửa: gắn sự kiện bằng addEventListener trong một script của src/scripts/.` });
        }
      }
      if ((name === 'href' || name === 'src' || name === 'action' || name === 'formaction') && /^\s*javascript:/i.test(value)) {
        problems.push({ line: tag.line, directive: 'script-src', message: `URL javascript: trong ${name} bị CSP chặn. Sửa: dùng một nút <button> và addEventListener.` });
      }
    }
    if (tag.attrs.has('style')) {
      usage.styleAttributes++;
      if (!allowsInline(styleAttr, null)) {
        problems.push({ line: tag.line, directive: 'style-src', message: `thuộc tính style="…" trên <${tag.name}> bị CSP chặn. Sửa: dùng một lớp CSS, hoặc thêm 'unsafe-inline' vào style-src.` });
      }
    }
    if ((tag.name === 'object' || tag.name === 'embed') && objects !== null && objects.includes("'none'")) {
      problems.push({ line: tag.line, directive: 'object-src', message: `<${tag.name}> bị CSP chặn (object-src 'none'). Sửa: dùng <img>, <iframe> hoặc một liên kết tải về.` });
    }
  }
  return { problems, usage };
}

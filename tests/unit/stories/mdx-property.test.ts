/** Random MDX-like text never crashes the checker, and code that would run is never accepted. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMdx, scanMdx } from '../../../src/lib/stories/mdx';
import { validateStoryText } from '../../../src/lib/stories/validate';
import { repo, units } from './helpers';
import { join } from 'node:path';

const pieces = ['<', '>', '/', '{', '}', '`', '```', '\\', '*', '_', '[', ']', '(', ')', '!', ':', '"', "'", '=', '&#x61;', '&amp;', '\n', '\n\n', '    ', '-', '#', '|',
  'Quote', 'Figure', 'script', 'span', 'style', 'by', 'src', 'import', 'export', 'javascript', 'https://x.vn', './images/a.jpg', '...', 'chị H.', '0905', '---'];
const mdxLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

/** True when a tree holds something the compiler would run. */
function hasCode(body: string): boolean {
  const r = parseMdx(body);
  if ('error' in r) return false;
  const seen: boolean[] = [];
  const walk = (n: { type: string; children?: unknown[]; attributes?: { type: string; value?: unknown }[]; data?: { estree?: { body: unknown[] } } }) => {
    if (n.type === 'mdxjsEsm') seen.push(true);
    if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && (n.data?.estree?.body.length ?? 1) > 0) seen.push(true);
    for (const a of n.attributes ?? []) if (a.type === 'mdxJsxExpressionAttribute' || (a.value !== null && typeof a.value === 'object')) seen.push(true);
    for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
  };
  walk(r.tree as never);
  return seen.length > 0;
}

describe('MDX checker on random input', () => {
  it('never throws, and reports only content or constraint errors with a fix', () => {
    fc.assert(
      fc.property(mdxLike, (body) => {
        const scan = scanMdx(body);
        for (const f of scan.findings) {
          expect(['content-error', 'constraint-error']).toContain(f.code);
          expect(f.message).toMatch(/Sửa: /);
          expect(f.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a body whose tree holds code', () => {
    fc.assert(
      fc.property(mdxLike, (body) => {
        if (hasCode(body)) expect(scanMdx(body).findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a whole story file of random text never makes validation throw', () => {
    const ctx = { units, dir: join(repo, 'tests/fixtures/stories') };
    fc.assert(
      fc.property(fc.oneof(mdxLike, mdxLike.map((b) => `---\ntitle: ${b}\n---\n${b}`), fc.string()), (text) => {
        const r = validateStoryText(text, 'content/stories/x.mdx', ctx);
        expect(Array.isArray(r.problems)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

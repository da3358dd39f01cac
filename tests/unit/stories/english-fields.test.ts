/** The optional English title and summary (title_en, summary_en): validated like title and summary. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStories } from '../../../src/lib/stories/validate';
import { markupIn, storySchema } from '../../../src/schemas/story';
import { buildCmsConfig, storyFields } from '../../../src/lib/cms/config';
import { findPrivacyIssues } from '../../../src/lib/stories/privacy';
import { repo, units } from './helpers';

const REL = 'tests/fixtures/stories-en';
const dir = join(repo, REL);
const result = validateStories(dir, units, REL);
const problemsOf = (name: string) => result.problems.filter((p) => p.file === `${REL}/${name}`);
const lineOf = (name: string, needle: string) => readFileSync(join(dir, name), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

/** fixture → code, field, text of the line the problem points at. */
const CASES: [string, string, string, string][] = [
  ['english-title-too-long.mdx', 'constraint-error', 'title_en', 'title_en:'],
  ['english-summary-too-long.mdx', 'constraint-error', 'summary_en', 'summary_en:'],
  ['english-summary-phone-number.mdx', 'privacy-error', 'summary_en', 'summary_en:'],
  ['english-title-id-number.mdx', 'privacy-error', 'title_en', 'title_en:'],
  ['english-summary-house-number.mdx', 'privacy-error', 'summary_en', 'summary_en:'],
  ['english-title-html-markup.mdx', 'constraint-error', 'title_en', 'title_en:'],
  ['english-summary-markdown-link.mdx', 'constraint-error', 'summary_en', 'summary_en:'],
  ['english-summary-without-english-title.mdx', 'constraint-error', 'summary_en', 'summary_en:'],
  ['english-title-not-text.mdx', 'type-error', 'title_en', 'title_en:'],
];

describe('title_en and summary_en', () => {
  it.each(CASES)('%s → %s on %s', (name, code, field, needle) => {
    const ps = problemsOf(name);
    expect(ps).toContainEqual(expect.objectContaining({ code, field, line: lineOf(name, needle) }));
    // Only the fixture's own defect, with a Vietnamese message that says the fix.
    expect(new Set(ps.map((p) => p.code))).toEqual(new Set([code]));
    for (const p of ps) expect(p.message).toMatch(/Sửa: /);
  });

  it('accepts an English title with or without an English summary, and blank fields as absent', () => {
    for (const f of ['valid-english-title-and-summary.mdx', 'valid-english-title-only.mdx', 'valid-english-fields-left-blank.mdx']) expect(problemsOf(f), f).toEqual([]);
    const bySlug = new Map(result.stories.map((s) => [s.slug, s.data]));
    expect(bySlug.get('valid-english-title-and-summary')).toMatchObject({ title_en: 'Ms Đặng Thị Hoa\'s family', summary_en: 'A sample story used for testing.' });
    expect(bySlug.get('valid-english-title-only')!.summary_en).toBeUndefined();
    const blank = bySlug.get('valid-english-fields-left-blank')!;
    expect(blank.title_en).toBeUndefined();
    expect(blank.summary_en).toBeUndefined();
  });

  it('every fixture of the folder is covered', () => {
    const named = new Set([...CASES.map((c) => c[0]), 'valid-english-title-and-summary.mdx', 'valid-english-title-only.mdx', 'valid-english-fields-left-blank.mdx']);
    expect(result.files).toBe(named.size);
  });

  it('messages name the field in Vietnamese and never repeat a personal number', () => {
    const msg = (n: string) => problemsOf(n).map((p) => p.message).join('\n');
    expect(msg('english-title-too-long.mdx')).toContain('tiêu đề tiếng Anh');
    expect(msg('english-title-too-long.mdx')).toContain('tối đa 120');
    expect(msg('english-summary-too-long.mdx')).toContain('tối đa 200');
    expect(msg('english-title-html-markup.mdx')).toContain('<em>');
    expect(msg('english-summary-without-english-title.mdx')).toContain('title_en');
    expect(msg('english-summary-phone-number.mdx')).not.toContain('123 456');
    expect(msg('english-title-id-number.mdx')).not.toContain('058190001234');
  });

  it('the privacy guard reads English house numbers too, not ordinary uses of the words', () => {
    for (const t of ['house number 45, Đô Vinh', 'House No. 12/3 near the market', 'down alley 7', 'at 45 Thong Nhat Street']) expect(findPrivacyIssues(t).map((f) => f.kind), t).toEqual(['address']);
    for (const t of ['a new house for the family', 'the greenhouse number 2 model', 'the house number is not given', 'alleyway workshops']) expect(findPrivacyIssues(t), t).toEqual([]);
  });

  it('markupIn finds tags, entities and Markdown, and lets plain English through', () => {
    for (const s of ['a <b>c</b>', 'x &amp; y', '**bold**', '__x__', 'a `code`', '[a](b)', '# Heading', '<!-- c -->']) expect(markupIn(s), s).not.toBeNull();
    for (const s of ["Ms Hoa's family", 'Loans, training & a new roof', '3 < 5 and 7 > 2', 'Đô Vinh ward (2023)', 'A #1 seller', 'Snake_case name']) expect(markupIn(s), s).toBeNull();
  });

  it('the schema keeps both fields optional and limits them like title and summary', () => {
    const base = storySchema.shape;
    expect(base.title_en.safeParse(undefined).success).toBe(true);
    expect(base.title_en.safeParse('x'.repeat(120)).success).toBe(true);
    expect(base.title_en.safeParse('x'.repeat(121)).success).toBe(false);
    expect(base.summary_en.safeParse('x'.repeat(200)).success).toBe(true);
    expect(base.summary_en.safeParse('x'.repeat(201)).success).toBe(false);
  });

  it('the CMS form offers both as optional fields with Vietnamese labels and hints', () => {
    const ctx = { units, lastYear: 2026, backend: { kind: 'local', url: 'http://127.0.0.1:8081/api/v1' } as const };
    const fields = storyFields(ctx);
    const t = fields.find((f) => f.name === 'title_en')!;
    const s = fields.find((f) => f.name === 'summary_en')!;
    expect(t).toMatchObject({ widget: 'string', required: false, label: 'Tiêu đề tiếng Anh' });
    expect(s).toMatchObject({ widget: 'text', required: false, label: 'Tóm tắt tiếng Anh' });
    expect(t.hint).toContain('Không bắt buộc');
    expect(s.hint).toContain('tiêu đề tiếng Anh');
    expect(JSON.stringify(buildCmsConfig(ctx))).toContain('"summary_en"');
  });
});

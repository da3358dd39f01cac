/** Each bad-story fixture fails validation with its own code, file, line and field. */
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src/schemas/cells';
import { validateStories } from '../../../src/lib/stories/validate';
import { FIXTURES_REL, fixtures, lineOf, units } from './helpers';

const result = validateStories(fixtures, units, FIXTURES_REL);
const problemsOf = (name: string) => result.problems.filter((p) => p.file === `${FIXTURES_REL}/${name}`);

/** fixture file → expected code, field, and the text of the line the problem must point at (null: line 1). */
const CASES: [string, ErrorCode, string | null, string | null][] = [
  // The rules named in the issue.
  ['missing-consent.mdx', 'constraint-error', 'consent.given', 'given: false'],
  ['unknown-unit.mdx', 'foreign-key', 'unit', 'unit: "22999"'],
  ['unit-not-valid-in-year.mdx', 'validity-error', 'unit', 'unit: "22750"'],
  ['missing-alt.mdx', 'missing-cell', 'cover.alt', 'cover:'],
  ['banned-tag-script.mdx', 'content-error', 'body', '<script>'],
  ['phone-in-body.mdx', 'privacy-error', 'body', '0905 123 456'],
  ['bad-date.mdx', 'type-error', 'published', 'published: 15/06/2024'],
  ['unknown-support.mdx', 'constraint-error', 'supports', '- vay-von'],
  ['yaml-syntax-error.mdx', 'yaml-error', null, 'household: "Gia đình chị H.'],
  ['missing-image.mdx', 'file-error', 'cover.src', 'khong-co-anh-nay.jpg'],
  // More of each rule.
  ['consent-block-absent.mdx', 'missing-cell', 'consent', null],
  ['blank-alt.mdx', 'constraint-error', 'cover.alt', 'alt: ""'],
  ['remote-image.mdx', 'constraint-error', 'cover.src', 'https://example.com/anh.jpg'],
  ['banned-tag-iframe.mdx', 'content-error', 'body', '<iframe'],
  ['banned-style.mdx', 'content-error', 'body', '<style>'],
  ['banned-on-attribute.mdx', 'content-error', 'body', 'onClick='],
  ['banned-import.mdx', 'content-error', 'body', 'import Video'],
  ['banned-export.mdx', 'content-error', 'body', 'export const'],
  ['banned-expression.mdx', 'content-error', 'body', '{process.env.HOME}'],
  ['unknown-component.mdx', 'content-error', 'body', '<Video'],
  ['unclosed-component.mdx', 'content-error', 'body', '<Quote by='],
  ['figure-missing-alt.mdx', 'constraint-error', 'body', '<Figure'],
  ['figure-missing-file.mdx', 'file-error', 'body', '<Figure'],
  ['phone-plus84-in-frontmatter.mdx', 'privacy-error', 'household', '+84 905.123.456'],
  ['id-number-in-body.mdx', 'privacy-error', 'body', 'CCCD 058190001234'],
  ['house-address-in-body.mdx', 'privacy-error', 'body', 'số 12 đường Ngô Gia Tự'],
  ['bad-consent-date.mdx', 'type-error', 'consent.date', 'date: 20-05-2024'],
  ['yaml-colon-in-value.mdx', 'yaml-error', null, 'title: Chị Hoa: làm lại'],
  ['summary-too-long.mdx', 'constraint-error', 'summary', 'summary:'],
  ['unknown-field.mdx', 'constraint-error', 'sumary', 'sumary:'],
  ['template-blank-left.mdx', 'constraint-error', 'household', '[[Gia đình chị H.]]'],
  ['year-after-published.mdx', 'constraint-error', 'year', 'year: 2025'],
  ['city-is-not-a-unit.mdx', 'constraint-error', 'unit', 'unit: "582"'],
  ['no-frontmatter.mdx', 'yaml-error', null, null],
  // Issue 12: placeholder alt texts, a unit written by its name, inner quotes in a quoted value.
  ['placeholder-alt.mdx', 'constraint-error', 'cover.alt', 'alt: "ảnh 1"'],
  ['figure-placeholder-alt.mdx', 'constraint-error', 'body', 'alt="hình 2"'],
  ['markdown-image-file-name-alt.mdx', 'constraint-error', 'body', '![IMG_2024.jpg]'],
  ['unit-given-by-name.mdx', 'constraint-error', 'unit', 'unit: "Mỹ Hải"'],
  ['unit-given-by-name-without-diacritics.mdx', 'constraint-error', 'unit', 'unit: "phuong do vinh"'],
  ['yaml-inner-quotes.mdx', 'yaml-error', null, 'title: "Chị Hoa nói "cảm ơn""'],
  // Hostile and mis-saved input (issue 10): MDX read on its syntax tree.
  ['banned-meta-refresh.mdx', 'content-error', 'body', '<meta http-equiv'],
  ['banned-style-attribute-overlay.mdx', 'content-error', 'body', 'style="position:fixed'],
  ['javascript-link-entity-encoded.mdx', 'content-error', 'body', 'jav&#x61;script'],
  ['javascript-link-reference-style.mdx', 'content-error', 'body', '[trang]: javascript:'],
  ['image-reference-outside-repository.mdx', 'constraint-error', 'body', '![Ảnh lò gốm][anh]'],
  ['image-reference-remote.mdx', 'constraint-error', 'body', '![Ảnh lò gốm][anh]'],
  // YAML after a safe parse, read as Astro reads it.
  ['yaml-custom-tag.mdx', 'yaml-error', null, '!!js/function'],
  ['yaml-alias-bomb.mdx', 'yaml-error', null, 'a: &a'],
  ['yaml-duplicate-key.mdx', 'yaml-error', null, 'author: "Người khác"'],
  ['yaml-read-differently-by-astro.mdx', 'yaml-error', 'consent.form_ref', 'form_ref: 2024-05-20'],
  // Privacy on what a reader reads: YAML escapes decoded, markup removed, the file name.
  ['phone-in-yaml-escape.mdx', 'privacy-error', 'household', 'household:'],
  ['phone-split-by-bold.mdx', 'privacy-error', 'body', '0905**123**456'],
  ['phone-split-by-line-break.mdx', 'privacy-error', 'body', 'Gọi chị qua số 0905'],
  ['chi-h-goi-0905123456.mdx', 'privacy-error', null, null],
  // Files saved in another encoding or with old Mac line endings.
  ['encoding-windows-1258.mdx', 'encoding-error', null, 'title:'],
  ['encoding-utf16le-bom.mdx', 'encoding-error', null, null],
  ['encoding-utf16be-no-bom.mdx', 'encoding-error', null, null],
  ['cr-only-line-endings.mdx', 'encoding-error', null, null],
];

describe('bad-story fixtures', () => {
  it.each(CASES)('%s → %s', (name, code, field, lineText) => {
    const ps = problemsOf(name);
    const line = lineText === null ? (field === null && code === 'privacy-error' ? null : 1) : lineOf(name, lineText);
    expect(ps).toContainEqual(expect.objectContaining({ code, field, line, file: `${FIXTURES_REL}/${name}` }));
    // Every message is Vietnamese and says how to fix it.
    for (const p of ps) expect(p.message).toMatch(/Sửa: /);
  });

  it('each fixture fails only for its own defect (no unrelated problems)', () => {
    for (const [name, code] of CASES) {
      const codes = new Set(problemsOf(name).map((p) => p.code));
      // year-after-published also leaves the unit invalid on 31/12/2025.
      if (name === 'year-after-published.mdx') expect([...codes].sort()).toEqual(['constraint-error', 'validity-error']);
      else expect([...codes], name).toEqual([code]);
    }
  });

  it('the valid fixtures pass: a published story, and a draft still waiting for consent', () => {
    expect(problemsOf('valid-story.mdx')).toEqual([]);
    expect(problemsOf('valid-draft-without-consent.mdx')).toEqual([]);
    const slugs = result.stories.map((s) => s.slug);
    expect(slugs).toContain('valid-story');
    expect(slugs).toContain('valid-draft-without-consent');
  });

  it('every fixture of the folder is covered by a case', () => {
    const named = new Set([...CASES.map((c) => c[0]), 'valid-story.mdx', 'valid-draft-without-consent.mdx']);
    const files = new Set(result.problems.map((p) => p.file.split('/').pop()!));
    for (const f of files) expect(named.has(f), f).toBe(true);
  });

  it('messages carry the fix the issue asks for', () => {
    const msg = (name: string) => problemsOf(name).map((p) => p.message).join('\n');
    expect(msg('bad-date.mdx')).toContain('YYYY-MM-DD');
    for (const id of ['tin-dung-uu-dai', 'nha-vi-nguoi-ngheo', 'tro-giup-phap-ly']) expect(msg('unknown-support.mdx')).toContain(id);
    expect(msg('unknown-unit.mdx')).toContain('22738 (Phường Đô Vinh)');
    expect(msg('unit-not-valid-in-year.mdx')).toContain('22747 (Phường Phủ Hà)');
    expect(msg('missing-image.mdx')).toContain('tests/fixtures/stories/images/khong-co-anh-nay.jpg');
    // A story saved in another encoding is named for it, with the fix for a text file (not Excel's).
    expect(msg('encoding-windows-1258.mdx')).toContain('Windows-1258');
    expect(msg('encoding-utf16le-bom.mdx')).toContain('UTF-16 LE');
    expect(msg('encoding-utf16be-no-bom.mdx')).toContain('UTF-16 BE');
    expect(msg('encoding-windows-1258.mdx')).not.toContain('CSV');
    expect(msg('unit-given-by-name.mdx')).toContain('Sửa: ghi unit: "22780"');
    expect(msg('unit-given-by-name-without-diacritics.mdx')).toContain('Sửa: ghi unit: "22738"');
    expect(msg('yaml-inner-quotes.mdx')).toContain('“ ”');
    expect(msg('yaml-inner-quotes.mdx')).not.toContain('phải đặt trong ngoặc kép');
    for (const f of ['placeholder-alt.mdx', 'figure-placeholder-alt.mdx', 'markdown-image-file-name-alt.mdx']) expect(msg(f)).toContain('Sửa: viết một hai câu tả điều ảnh');
    // The report never repeats a full phone or ID number.
    expect(msg('phone-in-body.mdx')).not.toContain('123 456');
    expect(msg('id-number-in-body.mdx')).not.toContain('058190001234');
  });
});

/** Rules of validateStoryText beyond the fixtures: consent details, drafts, placeholders, file names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStoryText } from '../../../src/lib/stories/validate';
import { fixtures, units } from './helpers';

const valid = readFileSync(join(fixtures, 'valid-story.mdx'), 'utf8');
const check = (text: string, name = 'x.mdx') => validateStoryText(text, `content/stories/${name}`, { units, dir: fixtures }).problems;
const fields = (text: string, name?: string) => check(text, name).map((p) => `${p.code} ${p.field}`);

describe('validateStoryText', () => {
  it('accepts the valid fixture, with a number as unit and a string as year', () => {
    expect(check(valid)).toEqual([]);
    expect(check(valid.replace('unit: "22738"', 'unit: 22738').replace('year: 2023', 'year: "2023"'))).toEqual([]);
  });

  it('consent given needs a date and a form reference, signed before publication', () => {
    expect(fields(valid.replace('  date: 2024-05-20', '  date: ""'))).toEqual(['constraint-error consent.date']);
    expect(fields(valid.replace('  form_ref: "MH-2024-02"', '  form_ref: ""'))).toEqual(['constraint-error consent.form_ref']);
    expect(fields(valid.replace('  date: 2024-05-20', '  date: 2024-07-01'))).toEqual(['constraint-error consent.date']);
  });

  it('a draft may wait for consent and keep template blanks, but not break the privacy guard', () => {
    const draft = valid.replace('given: true', 'given: false').replace('draft: false', 'draft: true').replace('household: "Gia đình chị H."', 'household: "[[Gia đình chị H.]]"');
    expect(check(draft)).toEqual([]);
    expect(fields(draft.replace('Chị H. làm lại', 'Gọi 0905123456. Chị H. làm lại'))).toEqual(['privacy-error body']);
    expect(fields(draft.replace('./images/bia.jpg', './images/anh-tam-thoi.jpg'))).toEqual(['file-error cover.src']);
  });

  it('the template image cannot be published', () => {
    const ctx = { units, dir: join(fixtures, '../../../content/stories') };
    const p = validateStoryText(valid.replace('./images/bia.jpg', './images/anh-tam-thoi.jpg'), 'content/stories/x.mdx', ctx).problems;
    expect(p.map((x) => `${x.code} ${x.field}`)).toEqual(['constraint-error cover.src']);
  });

  it('a support listed twice, an image outside images/ and a Markdown image without alt are reported', () => {
    expect(fields(valid.replace('  - bao-hiem-y-te', '  - bao-hiem-y-te\n  - bao-hiem-y-te'))).toEqual(['constraint-error supports']);
    expect(fields(valid.replace('./images/bia.jpg', '../bia.jpg'))).toEqual(['constraint-error cover.src']);
    expect(fields(valid.replace('./images/bia.jpg', './images/bia.gif'))).toEqual(['constraint-error cover.src']);
    expect(fields(valid.replace('Chị H. làm lại', '![](./images/bia.jpg)\n\nChị H. làm lại'))).toEqual(['constraint-error body']);
  });

  it('a file name must be a slug and not a filter page', () => {
    expect(fields(valid, 'Câu chuyện.mdx')).toEqual(['constraint-error null']);
    expect(fields(valid, 'nam.mdx')).toEqual(['constraint-error null']);
  });

  it('a missing required field is missing-cell at line 1, a wrong type is type-error at its line', () => {
    const p = check(valid.replace('author: "Phòng Văn hóa và Thông tin thành phố"\n', ''));
    expect(p).toEqual([expect.objectContaining({ code: 'missing-cell', field: 'author', line: 1 })]);
    const q = check(valid.replace('draft: false', 'draft: "không"'));
    expect(q).toContainEqual(expect.objectContaining({ code: 'type-error', field: 'draft', line: 22 }));
  });

  it('a story about 2025 cannot be filed yet: no unit of the table is in force on 31/12/2025', () => {
    const p = check(valid.replace('year: 2023', 'year: 2025').replace('published: 2024-06-15', 'published: 2026-01-10'));
    expect(p.map((x) => x.code)).toEqual(['validity-error']);
    expect(p[0]!.message).toContain('không có phường/xã nào');
  });
});

/** The frontmatter schema reads both parsers' output: `yaml` (dates as strings) and Astro's js-yaml (dates as Date). */
import { describe, expect, it } from 'vitest';
import { SUPPORTS, SUPPORT_IDS, storySchema } from '../../../src/schemas/story';

const raw = {
  title: ' Gia đình chị H. ', summary: 'Tóm tắt.', unit: 22738, year: '2023', household: 'Gia đình chị H.', supports: ['tin-dung-uu-dai'],
  cover: { src: './images/a.jpg', alt: 'Chị H. bên lò gốm', credit: 'X', license: 'CC BY 4.0' }, published: new Date('2024-05-15'), author: 'Phòng',
  consent: { given: true, date: new Date('2024-04-10'), form_ref: 'MH-1' }, provenance: 'illustrative',
};

describe('storySchema', () => {
  it('turns Dates into YYYY-MM-DD, numbers into a unit code, defaults draft and tags', () => {
    const d = storySchema.parse(raw);
    expect(d.published).toBe('2024-05-15');
    expect(d.consent.date).toBe('2024-04-10');
    expect(d.unit).toBe('22738');
    expect(d.year).toBe(2023);
    expect(d.title).toBe('Gia đình chị H.');
    expect(d.draft).toBe(false);
    expect(d.tags).toEqual([]);
  });

  it('rejects unknown fields (typos), an impossible date and an empty support list', () => {
    expect(storySchema.safeParse({ ...raw, sumary: 'x' }).success).toBe(false);
    expect(storySchema.safeParse({ ...raw, published: '2024-02-30' }).success).toBe(false);
    expect(storySchema.safeParse({ ...raw, supports: [] }).success).toBe(false);
  });

  it('has a Vietnamese label for every kind of support from the plan', () => {
    expect(SUPPORT_IDS).toHaveLength(10);
    for (const id of SUPPORT_IDS) expect(SUPPORTS[id]).toMatch(/\p{Lu}/u);
  });
});

/** The publishing rule, related stories and filter groups. */
import { describe, expect, it } from 'vitest';
import { byNewest, groupBySupport, groupByUnit, groupByYear, isPublished, relatedStories, type StoryLike } from '../../../src/lib/stories/publish';
import { storySchema, type Story } from '../../../src/schemas/story';

const base: Story = storySchema.parse({
  title: 'A', summary: 'B', unit: '22738', year: 2023, household: 'C', supports: ['tin-dung-uu-dai'],
  cover: { src: './images/a.jpg', alt: 'Chị H. bên lò gốm', credit: 'y', license: 'z' }, published: '2024-01-01', author: 'D',
  consent: { given: true, date: '2023-12-01', form_ref: 'F' }, provenance: 'real', draft: false, tags: [],
});
const s = (slug: string, over: Partial<Story>): StoryLike => ({ slug, data: { ...base, ...over } });

describe('isPublished', () => {
  it('needs both: not a draft and consent given', () => {
    expect(isPublished(base)).toBe(true);
    expect(isPublished({ ...base, draft: true })).toBe(false);
    expect(isPublished({ ...base, consent: { ...base.consent, given: false } })).toBe(false);
    expect(isPublished({ ...base, draft: true, consent: { ...base.consent, given: false } })).toBe(false);
  });
});

describe('relatedStories', () => {
  const me = s('me', { unit: '22738', supports: ['tin-dung-uu-dai', 'bao-hiem-y-te'] });
  const sameUnit = s('same-unit', { unit: '22738', supports: ['dao-tao-nghe'], published: '2023-01-01' });
  const twoShared = s('two-shared', { unit: '22741', supports: ['tin-dung-uu-dai', 'bao-hiem-y-te'], published: '2022-01-01' });
  const oneShared = s('one-shared', { unit: '22741', supports: ['bao-hiem-y-te'], published: '2025-01-01' });
  const none = s('none', { unit: '22741', supports: ['dao-tao-nghe'] });
  const all = [me, none, oneShared, twoShared, sameUnit];

  it('ranks same unit and shared supports, leaves out itself and unrelated stories', () => {
    expect(relatedStories(me, all, 5).map((x) => x.slug)).toEqual(['same-unit', 'two-shared', 'one-shared']);
    expect(relatedStories(me, all, 1).map((x) => x.slug)).toEqual(['same-unit']);
  });
});

describe('groups', () => {
  const list = [s('a', { unit: '22741', year: 2022 }), s('b', { unit: '22738', year: 2024, supports: ['bao-hiem-y-te'] }), s('c', { unit: '22738', year: 2022 })];
  it('by unit in table order, only units with stories', () => {
    expect(groupByUnit(list, ['22738', '22741', '22744']).map((g) => [g.key, g.stories.map((x) => x.slug)])).toEqual([['22738', ['b', 'c']], ['22741', ['a']]]);
  });
  it('by year, newest first', () => {
    expect(groupByYear(list).map((g) => [g.key, g.stories.length])).toEqual([[2024, 1], [2022, 2]]);
  });
  it('by support, in the plan order, only kinds that some story has', () => {
    expect(groupBySupport(list).map((g) => g.key)).toEqual(['tin-dung-uu-dai', 'bao-hiem-y-te']);
  });
  it('newest first, then by title', () => {
    const x = [s('x', { published: '2024-01-01', title: 'B' }), s('y', { published: '2025-01-01' }), s('z', { published: '2024-01-01', title: 'A' })];
    expect(x.sort(byNewest).map((v) => v.slug)).toEqual(['y', 'z', 'x']);
  });
});

/**
 * Which stories the site shows, and how they are grouped. Pure functions over validated
 * frontmatter; the Astro loader (src/components/story/stories.ts) applies them.
 */
import type { Story, SupportId } from '../../schemas/story';
import { SUPPORT_IDS } from '../../schemas/story';

/** The fields the publishing rule looks at. */
export type Publishable = Pick<Story, 'draft' | 'consent'>;

/**
 * A story is published only when it is not a draft AND the household's consent is given.
 * Everything else gets no page, and so is absent from listings, search, RSS and the sitemap.
 */
export function isPublished(s: Publishable): boolean {
  return s.draft !== true && s.consent.given === true;
}

/** Anything with a slug and story data. */
export interface StoryLike {
  slug: string;
  data: Story;
}

/** Newest first (published date), then title, so the order is stable. */
export function byNewest<T extends StoryLike>(a: T, b: T): number {
  return b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title, 'vi');
}

/**
 * Stories related to one: same unit counts 2, each shared kind of support 1.
 * Ties go to the newest. The story itself and unrelated stories are left out.
 */
export function relatedStories<T extends StoryLike>(story: T, all: readonly T[], limit = 3): T[] {
  const score = (o: T) =>
    (o.data.unit === story.data.unit ? 2 : 0) + o.data.supports.filter((s) => story.data.supports.includes(s)).length;
  return all
    .filter((o) => o.slug !== story.slug && score(o) > 0)
    .sort((a, b) => score(b) - score(a) || byNewest(a, b))
    .slice(0, limit);
}

/** One value of a filter with the stories that have it. */
export interface FilterGroup<K, T> {
  key: K;
  stories: T[];
}

/** Groups by unit code (only units that have stories), in the order of `unitOrder`. */
export function groupByUnit<T extends StoryLike>(stories: readonly T[], unitOrder: readonly string[]): FilterGroup<string, T>[] {
  return unitOrder
    .map((code) => ({ key: code, stories: stories.filter((s) => s.data.unit === code) }))
    .filter((g) => g.stories.length > 0);
}

/** Groups by year, newest year first. */
export function groupByYear<T extends StoryLike>(stories: readonly T[]): FilterGroup<number, T>[] {
  const years = [...new Set(stories.map((s) => s.data.year))].sort((a, b) => b - a);
  return years.map((y) => ({ key: y, stories: stories.filter((s) => s.data.year === y) }));
}

/** Groups by kind of support, in the plan's order (only kinds that some story has). */
export function groupBySupport<T extends StoryLike>(stories: readonly T[]): FilterGroup<SupportId, T>[] {
  return SUPPORT_IDS.map((id) => ({ key: id, stories: stories.filter((s) => s.data.supports.includes(id)) })).filter((g) => g.stories.length > 0);
}

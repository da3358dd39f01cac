/**
 * Loading stories for pages (Astro side). Built on getCollection('stories'); every entry is parsed
 * with the zod 4 schema in src/schemas/story.ts and filtered with the rule in src/lib/stories/publish.ts.
 *
 * Other pages use `getPublishedStories()` (home page: latest stories; ward pages: stories of a unit).
 */
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { storySchema, type Story } from '../../schemas/story';
import { rowsOf } from '../../lib/site-data';
import { byNewest, isPublished } from '../../lib/stories/publish';
import { validateStoryText } from '../../lib/stories/validate';
import { formatProblem } from '../../lib/validate/problem';
import { unitLabel, unitSlug, validInYear, wardsOf } from '../../lib/units/index';
import { storyImage } from './images';

/** A story ready for a page. */
export interface StoryEntry {
  /** File name without `.mdx`; the page is `cau-chuyen/<slug>/`. */
  slug: string;
  /** Validated frontmatter (dates as `YYYY-MM-DD` strings). */
  data: Story;
  /** The collection entry, for `render(entry)`. */
  entry: CollectionEntry<'stories'>;
  /** The story's unit row from data/administrative-units.csv. */
  unit: AdministrativeUnit;
  /** "Phường Đô Vinh". */
  unitLabel: string;
  /** slugify(unit.name): the ward page is `phuong-xa/<unitSlug>/`, the filter page `cau-chuyen/phuong-xa/<unitSlug>/`. */
  unitSlug: string;
  /** Site path of the story page without the base, e.g. `cau-chuyen/x/`; pass it to joinBase. */
  path: string;
  /** The cover image for <Image>/<Picture>. */
  cover: ImageMetadata;
  /** True when a draft or without consent: such a story only ever appears in `npm run dev`. */
  unpublished: boolean;
}

/** The filter a list page shows: a unit code, a year or a support id (null: all stories). */
export type ActiveFilter = { kind: 'unit'; key: string } | { kind: 'year'; key: number } | { kind: 'support'; key: string } | null;

/** Path of the project-relative story file, for messages. */
const relFile = (e: CollectionEntry<'stories'>) => e.filePath ?? `content/stories/${e.id}.mdx`;

function toEntry(e: CollectionEntry<'stories'>, units: readonly AdministrativeUnit[]): StoryEntry {
  const parsed = storySchema.safeParse(e.data);
  const file = relFile(e);
  if (!parsed.success) {
    // The full report with lines comes from the validator on the file itself.
    let detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    try {
      const r = validateStoryText(readFileSync(file, 'utf8'), file, { units, changes: rowsOf('unit-changes'), dir: 'content/stories' });
      if (r.problems.length) detail = r.problems.map(formatProblem).join('\n');
    } catch { /* keep the zod detail */ }
    throw new Error(`Câu chuyện chưa hợp lệ:\n${detail}\nSửa các lỗi trên (chạy "npm run validate" để xem đủ).`);
  }
  const data = parsed.data;
  // Codes are reused by later units: the story's unit is the city's unit with that code at the end of its year.
  const unit = wardsOf(units).find((u) => u.gso_code === data.unit && validInYear(u, data.year)) ?? wardsOf(units).find((u) => u.gso_code === data.unit);
  if (!unit) throw new Error(`${file}: mã phường/xã "${data.unit}" không có trong data/administrative-units.csv. Chạy "npm run validate" để xem cách sửa.`);
  const slug = (file.split('/').pop() ?? e.id).replace(/\.mdx$/, '');
  return {
    slug,
    data,
    entry: e,
    unit,
    unitLabel: unitLabel(unit),
    unitSlug: unitSlug(unit),
    path: `cau-chuyen/${slug}/`,
    cover: storyImage(data.cover.src),
    unpublished: !isPublished(data),
  };
}

async function loadAllStories(): Promise<StoryEntry[]> {
  const units = rowsOf('administrative-units');
  const entries = await getCollection('stories');
  return entries.map((e) => toEntry(e, units)).sort(byNewest);
}

// Every story page asks for the whole list (related stories): without this, a build parses
// N stories N times, and 1,000 stories take more than twice as long as 500.
let cached: Promise<StoryEntry[]> | undefined;

/**
 * True only under `astro dev` (`npm run dev`, `npm run cms`). Vite derives `DEV` from NODE_ENV, so a
 * build run with NODE_ENV=development or test would otherwise publish drafts; the mode is set by
 * the command itself.
 */
export const PREVIEW = import.meta.env.DEV && import.meta.env.MODE === 'development';

/** Every story, drafts included, newest first. Only for `npm run dev` previews; pages use getPublishedStories(). */
export function getAllStories(): Promise<StoryEntry[]> {
  // In `npm run dev` stories change while the server runs: read them afresh.
  if (PREVIEW) return loadAllStories();
  return (cached ??= loadAllStories());
}

/**
 * Published stories only (not a draft, consent given), newest first. Drafts and stories without
 * consent never reach a page, a listing, the search index, RSS or the sitemap.
 */
export async function getPublishedStories(): Promise<StoryEntry[]> {
  return (await getAllStories()).filter((s) => !s.unpublished);
}

/** Stories a page may build: published ones, plus drafts while previewing with `npm run dev`. */
export async function getBuildableStories(): Promise<StoryEntry[]> {
  return PREVIEW ? getAllStories() : getPublishedStories();
}

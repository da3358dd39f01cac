/**
 * Content collections. Frontmatter rules live in src/schemas/ (zod 4) and are checked by
 * `npm run validate` before Astro runs; Astro's own zod (3.x) is only used here to pass data through.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const stories = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/stories' }),
  schema: z.record(z.string(), z.unknown()),
});

// The Vietnamese text in content/plan/*.md, translations in content/plan/<locale>/*.md (same ids): see src/lib/plan/sections.ts.
const plan = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/plan' }),
  schema: z.object({
    id: z.string(),
    order: z.number().int(),
    number: z.string(),
    title: z.string(),
    level: z.union([z.literal(2), z.literal(3)]),
    data: z.enum(['targets-chung', 'targets-thieu-hut', 'projects', 'policies', 'agencies']).optional(),
  }),
});

export const collections = { stories, plan };

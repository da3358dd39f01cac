/** The validator reads a story's frontmatter exactly as Astro's build does, or rejects it. */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroDisagreements, astroRawFrontmatter } from '../../../src/lib/stories/astro-frontmatter';
import { parseStory } from '../../../src/lib/stories/frontmatter';
import { repo } from './helpers';

const stories = [join(repo, 'content/stories'), join(repo, 'tests/fixtures/stories')].flatMap((d) =>
  readdirSync(d).filter((f) => f.endsWith('.mdx')).map((f) => join(d, f)),
);
const valid = readFileSync(join(repo, 'tests/fixtures/stories/valid-story.mdx'), 'utf8');

describe('Astro frontmatter', () => {
  it('the copied pattern splits every story as @astrojs/markdown-remark does', () => {
    const samples = [...stories.map((p) => readFileSync(p, 'utf8')), '\n---\na: 1\n---\n', '+++\na = 1\n+++\n', '---\na: 1\n---x\n', 'no frontmatter'];
    for (const s of samples) expect(astroRawFrontmatter(s) ?? undefined).toBe(extractFrontmatter(s));
  });

  it('agrees with the validator on the shipped stories', () => {
    for (const p of readdirSync(join(repo, 'content/stories')).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(repo, 'content/stories', p), 'utf8').normalize('NFC');
      const parts = parseStory(text);
      expect(astroDisagreements(text, parts, null, p)).toEqual([]);
    }
  });

  it('a line starting with "---" that Astro takes for the end of the block is a yaml-error on that line', () => {
    const text = valid.replace('tags: ["gốm Chăm"]\n', 'tags: ["gốm Chăm"]\n---x: 1\n');
    const ps = astroDisagreements(text, parseStory(text), null, 'x.mdx');
    const line = text.split('\n').indexOf('---x: 1') + 1;
    expect(ps).toEqual([expect.objectContaining({ code: 'yaml-error', line, message: expect.stringMatching(/Sửa: /) })]);
  });

  it('a value js-yaml reads as another type is named with its own field and line', () => {
    const text = valid.replace('household: "Gia đình chị H."', 'household: 2024-01-01');
    const parts = parseStory(text);
    const ours = { ...(parts.data as object) };
    const ps = astroDisagreements(text, parts, ours, 'x.mdx');
    expect(ps).toEqual([expect.objectContaining({ code: 'yaml-error', field: 'household', line: 6 })]);
  });
});

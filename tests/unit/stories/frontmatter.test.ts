/** Splitting a story and mapping frontmatter fields to file lines. */
import { describe, expect, it } from 'vitest';
import { innerQuote, parseStory } from '../../../src/lib/stories/frontmatter';
import { yamlHint } from '../../../src/lib/stories/story-messages';

const story = ['---', 'title: "A"', 'cover:', '  src: "./images/a.jpg"', '  alt: "B"', 'supports:', '  - tin-dung-uu-dai', '  - bao-hiem-y-te', 'published: 2024-05-15', '---', '', 'Nội dung.', ''].join('\n');

describe('parseStory', () => {
  it('splits frontmatter and body, keeping dates as strings (YAML 1.2)', () => {
    const p = parseStory(story);
    expect(p.hasFrontmatter).toBe(true);
    expect(p.yamlErrors).toEqual([]);
    expect(p.data).toMatchObject({ title: 'A', published: '2024-05-15', supports: ['tin-dung-uu-dai', 'bao-hiem-y-te'] });
    expect(p.closingLine).toBe(10);
    expect(p.bodyLine).toBe(11);
    expect(p.body).toBe('\nNội dung.\n');
  });

  it('maps a field path to the line of its key, falling back to the parent, then line 1', () => {
    const p = parseStory(story);
    expect(p.lineOf(['title'])).toBe(2);
    expect(p.lineOf(['cover', 'alt'])).toBe(5);
    expect(p.lineOf(['cover', 'credit'])).toBe(3);
    expect(p.lineOf(['supports', 1])).toBe(8);
    expect(p.lineOf(['consent', 'given'])).toBe(1);
  });

  it('tells which field a frontmatter line belongs to', () => {
    const p = parseStory(story);
    expect(p.fieldAt(2)).toBe('title');
    expect(p.fieldAt(4)).toBe('cover.src');
    expect(p.fieldAt(8)).toBe('supports');
    expect(p.fieldAt(12)).toBeNull();
  });

  it('handles a BOM and Windows line endings', () => {
    const p = parseStory('\uFEFF' + story.replace(/\n/g, '\r\n'));
    expect(p.yamlErrors).toEqual([]);
    expect(p.lineOf(['cover', 'alt'])).toBe(5);
    expect(p.bodyLine).toBe(11);
  });

  it('reports an unclosed quote at the line where it was opened', () => {
    const p = parseStory(story.replace('title: "A"', 'title: "A'));
    expect(p.yamlErrors.map((e) => e.line)).toContain(2);
  });

  it('reports a duplicate key', () => {
    const p = parseStory(story.replace('published: 2024-05-15', 'published: 2024-05-15\ntitle: "C"'));
    expect(p.yamlErrors.length).toBeGreaterThan(0);
    expect(p.yamlErrors[0]!.code).toBe('DUPLICATE_KEY');
  });

  it('finds no frontmatter when the file does not start with ---', () => {
    expect(parseStory('Nội dung\n---\na: 1\n---\n').hasFrontmatter).toBe(false);
  });
});

describe('inner quotes in a quoted value (issue 12)', () => {
  it('innerQuote names the quote that is repeated inside', () => {
    for (const l of ['title: "Chị Hoa nói "cảm ơn""', 'title: "Nói "a"', '  alt: "a "b" c"', '  - "tag "x""']) expect(innerQuote(l), l).toBe('INNER_DOUBLE_QUOTE');
    expect(innerQuote("title: 'Chị Hoa's vườn'")).toBe('INNER_SINGLE_QUOTE');
    for (const l of ['title: "abc', 'title: "a \\"b\\" c"', "title: 'It''s ok'", 'title: "ok" # "chú thích"', 'title: Chị "Hoa"', 'title: "Chị Hoa nói “cảm ơn”"']) expect(innerQuote(l), l).toBeNull();
  });
  it('the error is on the quoted line and its fix is single quotes, “ ” or \\"', () => {
    const p = parseStory('---\ntitle: "Chị Hoa nói "cảm ơn""\nsummary: "x"\n---\n');
    expect(p.yamlErrors.map((e) => [e.line, e.code])).toEqual([[2, 'INNER_DOUBLE_QUOTE']]);
    const hint = yamlHint('INNER_DOUBLE_QUOTE');
    for (const fix of [`title: 'Chị Hoa nói "cảm ơn"'`, 'title: "Chị Hoa nói “cảm ơn”"', 'title: "Chị Hoa nói \\"cảm ơn\\""']) {
      expect(hint).toContain(fix);
      // Each fix the hint gives really parses to the intended title.
      const fixed = parseStory(`---\n${fix}\n---\n`);
      expect(fixed.yamlErrors).toEqual([]);
      expect((fixed.data as { title: string }).title.replace(/[“”]/g, '"')).toBe('Chị Hoa nói "cảm ơn"');
    }
    expect(parseStory("---\ntitle: 'Tiệm 'Cô Ba''\n---\n").yamlErrors.map((e) => e.code)).toEqual(['INNER_SINGLE_QUOTE']);
  });
});

/** Stories in the project report: the shipped ones pass, a broken one shows up next to CSV problems. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPublished } from '../../../src/lib/stories/publish';
import { validateStories } from '../../../src/lib/stories/validate';
import { validateProject } from '../../../src/lib/validate/index';
import { repo, units } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'gn-stories-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('shipped stories', () => {
  const r = validateStories(join(repo, 'content/stories'), units);
  it('all pass the validator', () => {
    expect(r.problems).toEqual([]);
  });
  // Expectations read from the raw files with plain text matching, not through the schema.
  const raw = readdirSync(join(repo, 'content/stories')).filter((f) => f.endsWith('.mdx')).map((f) => ({ slug: f.replace(/\.mdx$/, ''), text: readFileSync(join(repo, 'content/stories', f), 'utf8') }));
  const line = (text: string, key: string) => new RegExp(`^${key}: *"?([^"\n]*)"?$`, 'm').exec(text)?.[1];
  it('at least 8 are published: the ones not marked draft, as the files say', () => {
    const published = r.stories.filter((s) => isPublished(s.data)).map((s) => s.slug).sort();
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(published).toEqual(raw.filter((f) => line(f.text, 'draft') === 'false').map((f) => f.slug).sort());
  });
  it('each story has the provenance its file declares, and each illustrative one says so in its text', () => {
    expect(Object.fromEntries(r.stories.map((s) => [s.slug, s.data.provenance]))).toEqual(Object.fromEntries(raw.map((f) => [f.slug, line(f.text, 'provenance')])));
    for (const f of raw.filter((x) => line(x.text, 'provenance') === 'illustrative')) {
      expect(f.text, f.slug).toMatch(/\*Câu chuyện minh họa: [^*]+không phải một hộ gia đình có thật\.\*/u);
    }
  });
});

describe('validateProject', () => {
  it('reports story problems in the same report as the CSVs', () => {
    const root = mkdtempSync(join(tmp, 'p-'));
    cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
    cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
    const csv = join(root, 'data/ward-poverty.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    const cells = lines[13]!.split(',');
    cells[3] = 'abc';
    lines[13] = cells.join(',');
    writeFileSync(csv, lines.join('\n'));
    const story = join(root, 'content/stories/chiec-may-may-cua-chi-lan.mdx');
    writeFileSync(story, readFileSync(story, 'utf8').replace('unit: "22747"', 'unit: "22999"'));

    const { report } = validateProject(root);
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'type-error', file: 'data/ward-poverty.csv', line: 14 }));
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'foreign-key', file: 'content/stories/chiec-may-may-cua-chi-lan.mdx', line: 4, field: 'unit' }));
  });

  it('counts the stories among the files checked, and works without a stories folder', () => {
    const root = mkdtempSync(join(tmp, 'q-'));
    cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
    const without = validateProject(root).report;
    expect(without.problems).toEqual([]);
    cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
    const withStories = validateProject(root).report;
    expect(withStories.files).toBeGreaterThan(without.files);
  });
});

describe('stray files', () => {
  it('a story saved as .md or .MDX is reported, not silently skipped', () => {
    const dir = mkdtempSync(join(tmp, 's-'));
    writeFileSync(join(dir, 'cau-chuyen.md'), '---\ntitle: "A"\n---\n');
    writeFileSync(join(dir, 'Cau-Chuyen.MDX'), '---\ntitle: "A"\n---\n');
    const r = validateStories(dir, units, 'content/stories');
    expect(r.problems.map((p) => [p.code, p.file]).sort()).toEqual([
      ['file-error', 'content/stories/Cau-Chuyen.MDX'],
      ['file-error', 'content/stories/cau-chuyen.md'],
    ]);
  });
});

/** Stories in the project report: the shipped ones pass, a broken one shows up next to CSV problems. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  it('at least 8 are published, and each illustrative one says so', () => {
    const published = r.stories.filter((s) => isPublished(s.data));
    expect(published.length).toBeGreaterThanOrEqual(8);
    for (const s of r.stories) expect(['real', 'illustrative']).toContain(s.data.provenance);
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

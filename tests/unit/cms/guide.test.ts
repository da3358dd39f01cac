/**
 * The editors' guide (content/HUONG-DAN-BIEN-TAP.md) and what `npm run cms` prints agree, the labels
 * they quote are the CMS's own, and the guide states the placeholder-alt rule with real messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_LABELS, cmsBanner, cmsUrlLine } from '../../../src/lib/cms/banner';
import { buildCmsConfig } from '../../../src/lib/cms/config';
import { ALT_MIN_WORDS, placeholderAltProblem } from '../../../src/lib/stories/alt-text';
import { validateStories } from '../../../src/lib/stories/validate';
import { FIXTURES_REL, fixtures, repo, units } from '../stories/helpers';

const guide = readFileSync(join(repo, 'content/HUONG-DAN-BIEN-TAP.md'), 'utf8');
const banner = cmsBanner('127.0.0.1', 4321);

describe('npm run cms and the guide', () => {
  it('cms.ts prints cmsBanner with its host and port', () => {
    expect(readFileSync(join(repo, 'src/cli/cms.ts'), 'utf8')).toContain('cmsBanner(host, cmsPort)');
  });
  it('the guide quotes the first line as printed with the default port', () => {
    expect(banner.split('\n')[0]).toBe(cmsUrlLine('127.0.0.1', 4321));
    expect(guide).toContain(`\`${cmsUrlLine('127.0.0.1', 4321)}\``);
  });
  it('every button the banner names is in the guide, in bold', () => {
    const quoted = [...banner.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(quoted.sort()).toEqual(Object.values(CMS_LABELS).sort());
    for (const label of quoted) expect(guide, label).toContain(`**${label}**`);
  });
  it('where files go, the live report and how to stop are said in both', () => {
    for (const s of ['content/stories/', 'content/stories/images/', 'npm run validate', 'Ctrl-C', '/cau-chuyen/']) {
      expect(banner, s).toContain(s);
      expect(guide, s).toContain(s);
    }
  });
  it('the labels are the CMS’s own: Decap’s Vietnamese locale and our collection', () => {
    const locale = readFileSync(join(repo, 'node_modules/decap-cms-locales/dist/esm/vi/index.js'), 'utf8');
    const strings = new Set([...locale.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]));
    for (const l of [CMS_LABELS.login, CMS_LABELS.publish, CMS_LABELS.publishNow]) expect(strings.has(l), l).toBe(true);
    expect(strings.has('＋ %{collectionLabel}')).toBe(true);
    const config = buildCmsConfig({ units, lastYear: 2026, backend: { kind: 'local', url: 'http://127.0.0.1:8081/api/v1' } }) as { collections: { label: string; label_singular: string }[] };
    expect(config.collections[0]!.label).toBe(CMS_LABELS.collection);
    expect(CMS_LABELS.newEntry).toBe(`＋ ${config.collections[0]!.label_singular}`);
  });
});

describe('the guide and the placeholder-alt rule', () => {
  const section2 = guide.slice(guide.indexOf('## 2.'), guide.indexOf('## 3.'));
  it('the examples it calls placeholders are refused, the example description is accepted', () => {
    const bad = /Chữ giữ chỗ bị báo lỗi: ([^]*?)\. Quy tắc/.exec(section2)![1]!;
    const examples = [...bad.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const e of examples) expect(placeholderAltProblem(e), e).not.toBeNull();
    expect(section2).toContain(`ít nhất ${ALT_MIN_WORDS} từ`);
    const good = /ít nhất \d+ từ, ví dụ "([^"]+)"/.exec(section2)![1]!;
    expect(placeholderAltProblem(good)).toBeNull();
  });
  it('the messages it shows are the validator’s, word for word', () => {
    const problems = validateStories(fixtures, units, FIXTURES_REL).problems;
    for (const f of ['placeholder-alt.mdx', 'unit-given-by-name.mdx', 'yaml-inner-quotes.mdx']) {
      const p = problems.find((x) => x.file === `${FIXTURES_REL}/${f}`)!;
      expect(guide, f).toContain(`${p.code}: ${p.message}`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../src/lib/site-data';
import { buildPlan, dataAnchors, isSiteHeading, projectLabel, sectionOf, splitItems, targetBullets } from '../../../src/lib/plan/index';

const targets = rowsOf('plan-targets');
const projects = rowsOf('plan-projects');
const agencies = rowsOf('plan-agencies');
const model = buildPlan(targets, projects, agencies);

describe('plan helpers', () => {
  it('splits " | " cells into trimmed items', () => {
    expect(splitItems('a | b |  c ')).toEqual(['a', 'b', 'c']);
    expect(splitItems('x|y')).toEqual(['x', 'y']);
    expect(splitItems('')).toEqual([]);
    expect(splitItems(null)).toEqual([]);
  });

  it('reads the section a source cites, including đ', () => {
    expect(sectionOf('Kế hoạch 122/KH-UBND, mục II.3.2.d')).toBe('II.3.2.d');
    expect(sectionOf('Kế hoạch 122/KH-UBND, mục II.3.1.đ')).toBe('II.3.1.đ');
    expect(sectionOf('Số liệu minh họa')).toBeNull();
  });
});

describe('plan model', () => {
  it('puts every target and project somewhere, exactly once', () => {
    const anchors = dataAnchors(model);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const t of targets) expect(anchors).toContain(t.id);
    for (const p of projects) expect(anchors).toContain(p.id);
    for (const a of agencies) expect(anchors).toContain(a.id);
  });

  it('places the 10-house task under policy 3.2.d', () => {
    const nha = model.policies.find((p) => p.policy.id === 'chinh-sach-nha-o');
    expect(nha?.tasks.map((t) => t.id)).toEqual(['xay-moi-nha-2024']);
    expect(model.orphanTasks).toEqual([]);
    expect(model.targetsChung.every((t) => t.group === 'chung')).toBe(true);
  });

  it('nests sub-projects under their project', () => {
    const d3 = model.projects.find((n) => n.project.id === 'du-an-3');
    expect(d3?.children.map((c) => c.id)).toEqual(['du-an-3-tda-1', 'du-an-3-tda-2']);
    expect(model.projects.every((n) => n.project.kind === 'du-an')).toBe(true);
    expect(projectLabel(d3!.children[0]!, projects)).toBe('Dự án 3, Tiểu dự án 1');
  });

  it('links agencies to the rows they hold a role in, per sub-project', () => {
    const ytế = model.agencies.find((a) => a.agency.id === 'trung-tam-y-te')!;
    expect(ytế.leads.map((p) => p.id)).toEqual(['du-an-3-tda-2', 'chinh-sach-y-te']);
    // Dự án 3 as a whole has no lead: the plan assigns it per sub-project (II.3.1.b, IV.2, IV.3).
    expect(ytế.roles.map((r) => r.project.id)).not.toContain('du-an-3');
    const kinhTế = model.agencies.find((a) => a.agency.id === 'phong-kinh-te')!;
    expect(kinhTế.roles.map((r) => `${r.role} ${r.project.id} ${r.sections.join(',')}`)).toEqual(['chu-tri du-an-3-tda-1 II.3.1.b,IV.2']);
    expect(model.agencies.map((a) => a.agency.order)).toEqual([...agencies.map((a) => a.order)].sort((a, b) => a - b));
    for (const p of projects) if (p.lead_agency) expect(model.agencyById.has(p.lead_agency)).toBe(true);
  });

  it('keeps the first bullet of II.2.a one item: a lower-case row continues the bullet before it', () => {
    const bullets = targetBullets(model.targetsChung);
    expect(bullets[0]!.map((t) => t.id)).toEqual(['ty-le-ho-ngheo', 'ty-le-ho-can-ngheo']);
    expect(bullets.flat()).toEqual(model.targetsChung);
    for (const b of bullets.slice(1)) expect(b).toHaveLength(1);
    const t = (id: string, text: string) => ({ ...targets[0]!, id, text });
    expect(targetBullets([t('a', 'Một.'), t('b', 'và hai.'), t('c', '100% ba.'), t('d', 'đủ bốn.')]).map((b) => b.map((x) => x.id))).toEqual([['a', 'b'], ['c', 'd']]);
    // A lower-case first row has nothing to continue: it stands alone.
    expect(targetBullets([t('x', 'và một.')]).map((b) => b.map((r) => r.id))).toEqual([['x']]);
  });

  it('tells the site\'s own headings (unnumbered) from the plan\'s', () => {
    expect(isSiteHeading({ number: '', title: 'Phần mở đầu' })).toBe(true);
    expect(isSiteHeading({ number: 'IV', title: 'Tổ chức thực hiện' })).toBe(false);
  });
});

import { formatTargetValue } from '../../../src/lib/plan/index';
describe('formatTargetValue', () => {
  it('formats percentages and counts the Vietnamese way', () => {
    expect(formatTargetValue(0.72, '%')).toBe('0,72%');
    expect(formatTargetValue(2.5, '%')).toBe('2,50%');
    expect(formatTargetValue(100, '%')).toBe('100%');
    expect(formatTargetValue(10, 'căn nhà')).toBe('10 căn nhà');
    expect(formatTargetValue(1234, null)).toBe('1.234');
  });
});

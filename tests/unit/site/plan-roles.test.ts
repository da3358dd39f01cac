/**
 * Agency roles on /ke-hoach/ against the plan: the `roles` column of data/plan-projects.csv is read
 * back against the plan's own wording (the "Phân công thực hiện" paragraphs of II.3 and the duties of
 * section IV), and everything the page shows comes from that column, each role with a section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../../src/lib/validate/data';
import { getTables, rowsOf } from '../../../src/lib/site-data';
import { buildPlan, splitItems } from '../../../src/lib/plan/index';
import { roleDifferences, roleGroups, roleProblems, rolesFromSectionIvOnly, rolesOf, sectionsLabel, subProjectLeads } from '../../../src/lib/plan/roles';
import { parseRoles, planProjectSchema, sectionOf, type PlanAgency, type PlanProject, type RoleKind } from '../../../src/schemas/plan';

const projects = rowsOf('plan-projects');
const agencies = rowsOf('plan-agencies');
const model = buildPlan(rowsOf('plan-targets'), projects, agencies);
const agencyName = (id: string) => model.agencyById.get(id)!.name;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');
/** The agencies a stretch of the plan's text names, in the order named. */
function named(text: string): string[] {
  const t = fold(text);
  const hits: { id: string; at: number }[] = [];
  for (const a of agencies) {
    // The plan writes "Ủy ban nhân dân các phường, xã" in II.3 and "… 16 phường, xã" in IV.13.
    for (const alias of [a.name, a.name.replace(/^Ủy ban nhân dân 16 /u, 'Ủy ban nhân dân các ')]) {
      const at = t.indexOf(fold(alias));
      if (at >= 0) { hits.push({ id: a.id, at }); break; }
    }
  }
  return hits.sort((x, y) => x.at - y.at).map((h) => h.id);
}

type Triple = string; // "role agency project"
const triple = (role: RoleKind, agency: string, project: string): Triple => `${role} ${agency} ${project}`;

/** Roles the II.3 "Phân công thực hiện" wording of a row gives: "X chủ trì, phối hợp với … Y …" or "Cơ quan chủ trì: X. | Cơ quan thực hiện: Y." */
function rolesInAssignment(p: PlanProject): Triple[] {
  const out: Triple[] = [];
  for (const line of splitItems(p.assignment)) {
    const labelled = /^Cơ quan (chủ trì|thực hiện):(.*)$/u.exec(line);
    if (labelled) {
      const role: RoleKind = labelled[1] === 'chủ trì' ? 'chu-tri' : 'thuc-hien';
      for (const a of named(labelled[2]!)) out.push(triple(role, a, p.id));
      continue;
    }
    const lead = line.indexOf(' chủ trì');
    if (lead < 0) continue;
    for (const a of named(line.slice(0, lead))) out.push(triple('chu-tri', a, p.id));
    const rest = line.slice(lead);
    const with_ = rest.indexOf('phối hợp');
    if (with_ >= 0) for (const a of named(rest.slice(with_))) out.push(triple('phoi-hop', a, p.id));
  }
  return out;
}

/** Roles section IV's duties of an agency give for named projects: "Trực tiếp chủ trì … Dự án 2, Dự án 4 (Tiểu dự án 1, 3)…". */
function rolesInDuties(a: PlanAgency): Triple[] {
  const out: Triple[] = [];
  for (const sentence of splitItems(a.duties).flatMap((d) => d.split(/(?<=\.)\s+/u))) {
    if (!/Dự án \d/u.test(sentence)) continue;
    const role: RoleKind = /chủ trì/u.test(sentence) ? 'chu-tri' : /phối hợp/u.test(sentence) ? 'phoi-hop' : 'thuc-hien';
    for (const m of sentence.matchAll(/Dự án (\d+)(?:\s*\(Tiểu dự án ([^)]*)\))?/gu)) {
      const parent = projects.find((p) => p.kind === 'du-an' && p.code === `Dự án ${m[1]}`);
      expect(parent, `${a.id}: Dự án ${m[1]}`).toBeDefined();
      if (!m[2]) { out.push(triple(role, a.id, parent!.id)); continue; }
      for (const k of m[2].match(/\d+/gu) ?? []) {
        const child = projects.find((c) => c.parent_id === parent!.id && c.code === `Tiểu dự án ${k}`);
        expect(child, `${a.id}: Dự án ${m[1]}, Tiểu dự án ${k}`).toBeDefined();
        out.push(triple(role, a.id, child!.id));
      }
    }
  }
  return out;
}

const recorded = projects.flatMap((p) => rolesOf(p).map((r) => ({ ...r, project: p })));
const sorted = (xs: string[]) => [...xs].sort();

describe('the roles column against the plan text', () => {
  it('records exactly the roles each row\'s own II.3 "Phân công thực hiện" gives, citing that section', () => {
    for (const p of projects) {
      const own = sectionOf(p.source)!;
      const fromData = recorded.filter((r) => r.project.id === p.id && r.sections.includes(own)).map((r) => triple(r.role, r.agency, p.id));
      expect(sorted(fromData), p.id).toEqual(sorted(rolesInAssignment(p)));
    }
  });

  it('records exactly the project roles each agency\'s section IV entry gives, citing IV.n', () => {
    for (const a of agencies) {
      const fromData = recorded.filter((r) => r.agency === a.id && r.project.kind !== 'chinh-sach' && r.sections.includes(`IV.${a.order}`)).map((r) => triple(r.role, a.id, r.project.id));
      expect(sorted(fromData), a.id).toEqual(sorted(rolesInDuties(a)));
    }
  });

  it('gives the 3.2 policies no role from II.3.2 (it names no agency): only section IV roles', () => {
    for (const p of projects.filter((x) => x.kind === 'chinh-sach')) {
      for (const r of rolesOf(p)) expect(r.sections.every((s) => s.startsWith('IV.')), `${p.id} ${r.agency}`).toBe(true);
      if (rolesOf(p).length > 0) expect(rolesFromSectionIvOnly(p)).toBe(true);
    }
  });

  it('has the assignments the audit of the scan found', () => {
    const of = (id: string) => rolesOf(projects.find((p) => p.id === id)!).map((r) => `${r.role} ${r.agency} ${r.sections.join(',')}`);
    expect(of('du-an-3')).toEqual([]);
    expect(of('du-an-3-tda-1')).toContain('chu-tri phong-kinh-te II.3.1.b,IV.2');
    expect(of('du-an-3-tda-2')).toContain('chu-tri trung-tam-y-te II.3.1.b,IV.3');
    expect(of('du-an-6-tda-2')).toContain('chu-tri phong-ldtbxh II.3.1.d,IV.1');
    expect(of('du-an-6-tda-1')).toEqual(expect.arrayContaining(['chu-tri phong-van-hoa-thong-tin II.3.1.d,IV.4', 'chu-tri trung-tam-vhtt-truyen-thanh II.3.1.d', 'phoi-hop trung-tam-vhtt-truyen-thanh IV.5']));
    // Dự án 7: no agency beyond those the plan names; "các cơ quan, đơn vị chủ trì các dự án thành phần…" stays in words.
    expect(projects.filter((p) => p.id.startsWith('du-an-7')).flatMap((p) => rolesOf(p).map((r) => r.agency))).toEqual(['phong-ldtbxh', 'ubnd-phuong-xa', 'phong-ldtbxh', 'ubnd-phuong-xa']);
    expect(projects.find((p) => p.id === 'du-an-7-tda-2')!.assignment).toContain('Các cơ quan, đơn vị chủ trì các dự án thành phần');
    // IV.12 requests the Mặt trận; it is given no role.
    expect(agencies.find((a) => a.id === 'mttq-hoi-doan-the')!.addressing).toBe('de-nghi');
    expect(recorded.filter((r) => r.agency === 'mttq-hoi-doan-the')).toEqual([]);
  });

  it('passes the cross-file rules (IV.n is the agency\'s own item; no role for a requested agency)', () => {
    expect(roleProblems(projects, agencies, getTables()['plan-projects'].lines)).toEqual([]);
  });
});

describe('what the page shows', () => {
  it('shows every recorded role, and only recorded roles, each with its sections', () => {
    const key = (role: string, agency: string, project: string, sections: string[]) => `${role} ${agency} ${project} @${sections.join(',')}`;
    const want = new Set(recorded.map((r) => key(r.role, r.agency, r.project.id, r.sections)));
    // Project and policy blocks (roles of the row, or its sub-projects' leads).
    const inBlocks = new Set<string>();
    const nodes = [...model.projects.flatMap((n) => [{ p: n.project, children: n.children }, ...n.children.map((c) => ({ p: c, children: [] }))]), ...model.policies.map((x) => ({ p: x.policy, children: [] }))];
    for (const { p, children } of nodes) {
      for (const g of roleGroups(p)) for (const r of g.entries) inBlocks.add(key(g.role, r.agency, p.id, r.sections));
      for (const { child, role } of subProjectLeads(p, children)) inBlocks.add(key(role.role, role.agency, child.id, role.sections));
    }
    // Section IV entries.
    const inAgencies = new Set(model.agencies.flatMap((a) => a.roles.map((r) => key(r.role, a.agency.id, r.project.id, r.sections))));
    for (const shown of [inBlocks, inAgencies]) {
      expect(sorted([...shown])).toEqual(sorted([...want]));
      for (const s of shown) expect(s).toMatch(/@(II\.3|IV\.)/u);
    }
  });

  it('shows Dự án 3 with a lead per tiểu dự án, not one lead', () => {
    const d3 = model.projects.find((n) => n.project.id === 'du-an-3')!;
    expect(roleGroups(d3.project)).toEqual([]);
    expect(subProjectLeads(d3.project, d3.children).map((l) => `${l.child.code}: ${l.role.agency}`)).toEqual(['Tiểu dự án 1: phong-kinh-te', 'Tiểu dự án 2: trung-tam-y-te']);
  });

  it('says where the plan\'s sections differ on a role (Dự án 6, tiểu dự án 1: II.3.1.d and IV.5)', () => {
    const tda1 = projects.find((p) => p.id === 'du-an-6-tda-1')!;
    expect(roleDifferences(tda1, agencyName)).toEqual([
      'Kế hoạch ghi vai trò của Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố khác nhau giữa các mục: mục II.3.1.d ghi “chủ trì”; mục IV.5 ghi “phối hợp”.',
    ]);
    for (const p of projects.filter((x) => x.id !== 'du-an-6-tda-1')) expect(roleDifferences(p, agencyName), p.id).toEqual([]);
    expect(sectionsLabel(['II.3.1.b', 'IV.2'])).toBe('theo mục II.3.1.b, IV.2');
  });
});

describe('the roles rules', () => {
  const base = Object.fromEntries(Object.keys(planProjectSchema.shape).map((k) => [k, ''])) as Record<string, string>;
  const row = (over: Record<string, string>) => ({ ...base, id: 'x', kind: 'tieu-du-an', code: 'Tiểu dự án 1', name: 'X', provenance: 'official', source: 'Kế hoạch 122/KH-UBND, mục II.3.1.b', ...over });
  const codes = (over: Record<string, string>) => {
    const r = planProjectSchema.safeParse(row(over));
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${(i as { params?: { code?: string } }).params?.code}`);
  };

  it('accepts a consistent row and parses it', () => {
    const roles = 'chu-tri:phong-kinh-te@II.3.1.b,IV.2 | phoi-hop:ubnd-phuong-xa@II.3.1.b';
    expect(codes({ roles, lead_agency: 'phong-kinh-te', implementing_agencies: 'ubnd-phuong-xa' })).toEqual([]);
    expect(parseRoles(roles)).toEqual([
      { role: 'chu-tri', agency: 'phong-kinh-te', sections: ['II.3.1.b', 'IV.2'] },
      { role: 'phoi-hop', agency: 'ubnd-phuong-xa', sections: ['II.3.1.b'] },
    ]);
    expect(codes({})).toEqual([]);
  });

  it('rejects a role without a section, or an unknown role word', () => {
    expect(codes({ roles: 'chu-tri:phong-kinh-te', lead_agency: 'phong-kinh-te' })).toEqual(['roles constraint-error']);
    expect(codes({ roles: 'giam-sat:phong-kinh-te@IV.2' })).toEqual(['roles constraint-error']);
    expect(codes({ roles: 'chu-tri:phong-kinh-te@II.4.a', lead_agency: 'phong-kinh-te' })).toEqual(['roles constraint-error']);
  });

  it('rejects a II.3 section other than the row\'s own, and a role given twice', () => {
    expect(codes({ roles: 'chu-tri:phong-kinh-te@II.3.1.c', lead_agency: 'phong-kinh-te' })).toEqual(['roles consistency-error']);
    expect(codes({ roles: 'chu-tri:phong-kinh-te@II.3.1.b | chu-tri:phong-kinh-te@IV.2', lead_agency: 'phong-kinh-te' })).toEqual(['roles consistency-error']);
  });

  it('keeps lead_agency and implementing_agencies equal to what roles implies', () => {
    const roles = 'chu-tri:phong-kinh-te@II.3.1.b | phoi-hop:ubnd-phuong-xa@II.3.1.b';
    expect(codes({ roles, lead_agency: 'ubnd-phuong-xa', implementing_agencies: 'ubnd-phuong-xa' })).toEqual(['lead_agency consistency-error']);
    expect(codes({ roles, lead_agency: 'phong-kinh-te' })).toEqual(['implementing_agencies consistency-error']);
    expect(codes({ lead_agency: 'phong-kinh-te' })).toEqual(['lead_agency consistency-error']);
  });

  it('flags cross-file problems with their line', () => {
    const p = (roles: string) => ({ ...projects[0]!, roles });
    const [iv] = roleProblems([p('chu-tri:phong-kinh-te@IV.3')], agencies, [7]);
    expect(iv).toMatchObject({ code: 'consistency-error', file: 'data/plan-projects.csv', line: 7, field: 'roles' });
    expect(iv!.message).toContain('Sửa: dẫn "IV.2"');
    expect(roleProblems([p('phoi-hop:mttq-hoi-doan-the@IV.12')], agencies)[0]!.message).toContain('chỉ đề nghị');
    expect(roleProblems([p('chu-tri:khong-co@IV.1')], agencies)[0]!.message).toContain('không có trong data/plan-agencies.csv');
  });

  it('npm run validate reports them too, at the CSV line', () => {
    const csv = readFileSync(join(__dirname, '../../../data/plan-projects.csv'), 'utf8');
    const line = csv.split('\n').findIndex((l) => l.includes('chu-tri:phong-kinh-te@II.3.1.b,IV.2')) + 1;
    const broken = csv.replace('chu-tri:phong-kinh-te@II.3.1.b,IV.2', 'chu-tri:phong-kinh-te@II.3.1.b,IV.5');
    const r = validateData(join(__dirname, '../../../data'), (f) => (f === 'plan-projects.csv' ? new TextEncoder().encode(broken) : undefined));
    expect(r.problems).toEqual([expect.objectContaining({ code: 'consistency-error', file: 'data/plan-projects.csv', line, field: 'roles' })]);
  });
});

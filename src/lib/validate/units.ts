/** The rules of the units' own tables: dates, reused codes, changes that join units in force, page slugs. */
import { CITY_CODE } from '../../schemas/common';
import { dayBefore, datesInverted, isCity, unitAt, type UnitHistory } from '../units/index';
import { slugify } from '../url';
import type { Tables } from './data';
import { excerpt } from './problem';
import { rejectedKeys, type AnyTable, type Sink } from './sink';

/** Each unit's validity starts before it ends, one code's periods never overlap, and every change joins units in force. */
export function checkUnitTable(tables: Tables, sink: Sink): void {
  const ut = tables['administrative-units'];
  ut.rows.forEach((u, i) => {
    if (datesInverted(u)) {
      sink.add({ code: 'consistency-error', file: ut.file, line: ut.lines[i]!, field: 'valid_to', message: `${u.type} ${excerpt(u.name, 80)} hết hiệu lực (valid_to = ${u.valid_to}) trước ngày bắt đầu hiệu lực (valid_from = ${u.valid_from}). Sửa: kiểm tra lại hai ngày, có thể đã ghi đảo ngược.` });
    }
  });
  const h: UnitHistory = { units: ut.rows.filter((u) => !datesInverted(u)), changes: tables['unit-changes'].rows };
  checkHistory(h, tables, sink);
}

/** Two periods of one code never overlap, and every change joins a unit in force the day before to one in force that day. */
function checkHistory(h: UnitHistory, tables: Tables, sink: Sink): void {
  const ut = tables['administrative-units'];
  ut.rows.forEach((u, i) => {
    const other = ut.rows.findIndex((o, j) => j < i && o.gso_code === u.gso_code && !datesInverted(o) && !datesInverted(u) && (o.valid_from ?? '') <= (u.valid_to ?? '9999') && (u.valid_from ?? '') <= (o.valid_to ?? '9999'));
    if (other >= 0) sink.add({ code: 'consistency-error', file: ut.file, line: ut.lines[i]!, field: 'valid_from', message: `mã ${u.gso_code} đã dùng cho ${excerpt(ut.rows[other]!.name, 80)} ở dòng ${ut.lines[other]} trong cùng thời gian, nên không biết mã này chỉ đơn vị nào. Sửa: cho hai khoảng hiệu lực (valid_from, valid_to) nối tiếp nhau, không chồng lên nhau.` });
  });
  const ct = tables['unit-changes'];
  if (!ut.complete) return;
  const suspect = new Set([...rejectedKeys(ut as unknown as AnyTable, ['gso_code']), ...ut.rows.filter(datesInverted).map((u) => u.gso_code)]);
  ct.rows.forEach((c, i) => {
    if (!c.effective_date) return;
    const before = dayBefore(c.effective_date);
    // A code held by a failed or inverted unit row: that row's own problem is the cause.
    const known = (code: string) => ut.rows.some((u) => u.gso_code === code) && !suspect.has(code);
    if (known(c.from_code) && !unitAt(h.units, c.from_code, before)) sink.add({ code: 'validity-error', file: ct.file, line: ct.lines[i]!, field: 'from_code', message: `không có đơn vị mã ${c.from_code} còn hiệu lực vào ${before}, ngày trước ngày hiệu lực ${c.effective_date}. Sửa: kiểm tra lại mã, ngày hiệu lực, hoặc valid_to của đơn vị đó trong data/administrative-units.csv.` });
    if (known(c.to_code) && !unitAt(h.units, c.to_code, c.effective_date)) sink.add({ code: 'validity-error', file: ct.file, line: ct.lines[i]!, field: 'to_code', message: `không có đơn vị mã ${c.to_code} có hiệu lực vào ngày ${c.effective_date}. Sửa: kiểm tra lại mã, ngày hiệu lực, hoặc thêm đơn vị mới (với valid_from) vào data/administrative-units.csv.` });
  });
}

/**
 * Every phường/xã gets a page at phuong-xa/<slugify(name)>/: the slug must not be empty, and two
 * units must never share one, or one page would silently overwrite the other.
 */
export function checkSlugs(tables: Tables, sink: Sink): void {
  const t = tables['administrative-units'];
  const seen = new Map<string, { line: number; name: string }>();
  t.rows.forEach((u, i) => {
    if (isCity(u) || u.district_code !== CITY_CODE) return;
    const line = t.lines[i]!;
    const slug = slugify(u.name);
    if (slug === '') {
      sink.add({ code: 'constraint-error', file: t.file, line, field: 'name', message: `tên "${excerpt(u.name, 80)}" không có chữ cái hay chữ số nào để làm đường dẫn trang phuong-xa/…/. Sửa: ghi tên đơn vị bằng chữ.` });
      return;
    }
    const first = seen.get(slug);
    if (first) {
      sink.add({ code: 'consistency-error', file: t.file, line, field: 'name', message: `tên "${excerpt(u.name, 80)}" cho cùng đường dẫn phuong-xa/${excerpt(slug, 80)}/ với "${excerpt(first.name, 80)}" ở dòng ${first.line}, nên trang này sẽ ghi đè trang kia. Sửa: sửa lại tên cho đúng, hai đơn vị phải có tên khác nhau (không tính dấu và chữ hoa).` });
    } else seen.set(slug, { line, name: u.name });
  });
}

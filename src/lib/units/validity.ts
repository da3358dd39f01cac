/**
 * The one rule for naming a unit in a year (data rows and stories): the code must mean a unit of the
 * city in force on 31 December of that year. When it does not, what the unit had become by then.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { excerpt } from '../validate/problem';
import { becameBy, inScope, isCity, unitAt, unitLabel, unitNear, yearEnd, type Holder, type UnitHistory } from './index';

/** The outcome of judging a code in a year. */
export type UnitYear =
  | { kind: 'ok'; unit: AdministrativeUnit }
  /** No row has the code (the foreign-key check reports it). */
  | { kind: 'unknown' }
  /** The code is in force but belongs to a unit outside the city (e.g. a unit of Khánh Hòa from 1/7/2025). */
  | { kind: 'out-of-scope'; unit: AdministrativeUnit }
  /** The unit had ended by 31/12; `successors` are the city's units that held its area then. */
  | { kind: 'ended'; unit: AdministrativeUnit; successors: AdministrativeUnit[]; became: Holder[] }
  /** The unit came into force after 31/12. */
  | { kind: 'not-yet'; unit: AdministrativeUnit };

/** Judges `code` at the year-end review of `year`. */
export function unitInYear(h: UnitHistory, code: string, year: number): UnitYear {
  const day = yearEnd(year);
  const now = unitAt(h.units, code, day);
  if (now && inScope(now)) return { kind: 'ok', unit: now };
  const near = unitNear(h.units.filter(inScope), code, day);
  if (!near) return now ? { kind: 'out-of-scope', unit: now } : { kind: 'unknown' };
  if (near.valid_to === null || near.valid_to >= day) return { kind: 'not-yet', unit: near };
  const became = becameBy(h, near, day);
  return { kind: 'ended', unit: near, became, successors: became.map((b) => b.unit).filter((u) => inScope(u) && !isCity(u)) };
}

/** "Phủ Hà (22747)" joined with "hoặc". */
export function namesWithCodes(units: readonly AdministrativeUnit[]): string {
  return units.map((u) => `${u.name} (${u.gso_code})`).join(' hoặc ');
}

/** The message of a data row naming a unit not in force at the year-end review, or null when it is fine. */
export function unitYearProblem(h: UnitHistory, code: string, year: number): string | null {
  const r = unitInYear(h, code, year);
  switch (r.kind) {
    case 'ok':
    case 'unknown':
      return null;
    case 'out-of-scope':
      return `${unitLabel(r.unit)} (${r.unit.gso_code}) vào 31/12/${year} là đơn vị của tỉnh ${excerpt(r.unit.province, 80)}, không thuộc thành phố. Sửa: chỉ ghi số liệu cho thành phố và các phường/xã của thành phố, hoặc kiểm tra lại năm.`;
    case 'not-yet':
      return `${unitLabel(r.unit)} (${r.unit.gso_code}) chưa tồn tại vào 31/12/${year} (hiệu lực từ ${r.unit.valid_from}). Sửa: kiểm tra lại năm hoặc mã đơn vị.`;
    case 'ended': {
      const head = `${unitLabel(r.unit)} (${r.unit.gso_code}) không còn tồn tại vào 31/12/${year} (hiệu lực đến ${r.unit.valid_to}).`;
      if (r.successors.length > 0) return `${head} Sửa: ghi số liệu cho đơn vị kế thừa ${namesWithCodes(r.successors)}.`;
      const later = r.became.map((b) => `${unitLabel(b.unit)} (${b.unit.gso_code})`).join(', ');
      return `${head} Sửa: kiểm tra lại năm${later ? `; địa bàn này khi đó thuộc ${later}, không thuộc thành phố` : ''}.`;
    }
  }
}

/**
 * What a ward page says about each reorganisation, as data for the component to render: one entry
 * per reorganisation after the unit came into force, following its former area through earlier ones.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { CITY_CODE } from '../../schemas/common';
import {
  becameBy, dayBefore, mergedInto, mergedIntoWard, reorganisations, sameUnit, stepsFrom, stepsInto, validOn, wardsOf,
  type Holder, type UnitHistory,
} from './index';

/** One reorganisation as seen from one unit's page. */
export interface TimelineEntry {
  date: string;
  acts: string[];
  /** The unit whose change is told: the page's unit, or the unit that held its former area by then. */
  holder: AdministrativeUnit;
  /** When `holder` is not the page's unit: since when the former area belonged to it. */
  heldSince: string | null;
  /**
   * `merged`: ended, all of it into an existing unit; `absorbed`: went on and took in others;
   * `unchanged`: went on as it was; `into-new`: went into unit(s) formed that day; `unknown`: no record.
   */
  kind: 'merged' | 'absorbed' | 'unchanged' | 'into-new' | 'unknown';
  /** Where it went (main one first) for `merged` and `into-new`. */
  into: Holder[];
  /** Units that merged into it that day (`absorbed`). */
  absorbed: AdministrativeUnit[];
  /** The code the GSO list gives it from that day when it differs from its own. */
  recoded: string | null;
  /** Other wards of the city that went into the same main unit that day. */
  partners: AdministrativeUnit[];
  /** The city itself, when it ended the day before (the district level ended). */
  cityEnded: AdministrativeUnit | null;
}

/** The unit's page timeline: every reorganisation after it came into force, oldest first. */
export function timelineOf(h: UnitHistory, u: AdministrativeUnit): TimelineEntry[] {
  const city = h.units.find((x) => x.gso_code === CITY_CODE) ?? null;
  const entries: TimelineEntry[] = [];
  for (const r of reorganisations(h)) {
    if (u.valid_from !== null && r.date <= u.valid_from) continue;
    const before = dayBefore(r.date);
    const holders = becameBy(h, u, before);
    if (holders.length === 0) break;
    const holder = holders[0]!.unit;
    const own = sameUnit(holder, u);
    const steps = stepsFrom(h, holder, r.date);
    const into = steps.map(({ unit, share }) => ({ unit, share }));
    const merged = mergedInto(h, holder);
    const absorbed = stepsInto(h, holder, r.date).filter((s) => s.share === null);
    const listed = stepsInto(h, holder, r.date).find((s) => s.change.listed_code && s.change.listed_code !== holder.gso_code);
    const kind: TimelineEntry['kind'] =
      merged && merged.date === r.date ? 'merged'
      : steps.length > 0 ? 'into-new'
      : !validOn(holder, r.date) ? 'unknown'
      : absorbed.length > 0 ? 'absorbed' : 'unchanged';
    const main = into[0]?.unit;
    const partners = own && kind === 'into-new' && main
      ? wardsOf(h.units).filter((w) => !sameUnit(w, holder) && stepsFrom(h, w, r.date).some((s) => sameUnit(s.unit, main)))
      : [];
    entries.push({
      date: r.date,
      acts: r.acts,
      holder,
      heldSince: own ? null : (heldSinceOf(h, u, holder, r.date)),
      kind,
      into,
      absorbed: absorbed.map((s) => s.unit),
      recoded: listed?.change.listed_code ?? null,
      partners,
      cityEnded: city && city.valid_to === before ? city : null,
    });
  }
  return entries;
}

/** The first day on which `holder` held `u`'s former area, before `until`. */
function heldSinceOf(h: UnitHistory, u: AdministrativeUnit, holder: AdministrativeUnit, until: string): string | null {
  for (const r of reorganisations(h)) {
    if (r.date >= until) break;
    if (becameBy(h, u, r.date).some((x) => sameUnit(x.unit, holder))) return r.date;
  }
  return null;
}

/** Wards grouped for the list page: those that merged whole into another ward, and the others. */
export function groupWards(h: UnitHistory): { continuing: AdministrativeUnit[]; merged: AdministrativeUnit[] } {
  const wards = wardsOf(h.units);
  const isMerged = (w: AdministrativeUnit) => mergedIntoWard(h, w) !== null;
  return { continuing: wards.filter((w) => !isMerged(w)), merged: wards.filter(isMerged) };
}

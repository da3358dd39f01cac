/**
 * BibTeX and RIS citations parse (with the small readers below, written from the formats' rules,
 * not from the writer) and carry the right fields; a dataset with illustrative values says so, an
 * all-official one does not; special characters survive the round trip.
 */
import { describe, expect, it } from 'vitest';
import { getDownloads, referenceOf, REF_NAMES } from '../../../src/lib/downloads/index';
import { datasetReference, PLAN_REF_NAME, toBibtex, toRis } from '../../../src/lib/downloads/refs';
import { citationNote } from '../../../src/lib/provenance';

const SITE = 'https://giam-ngheo-prtc.example';

/** A minimal BibTeX reader: @type{key, field = {balanced braces} | "..." | bare, ...}. */
function readBibtex(text: string): { type: string; key: string; fields: Record<string, string> }[] {
  const out: { type: string; key: string; fields: Record<string, string> }[] = [];
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  while ((i = text.indexOf('@', i)) >= 0) {
    const m = /^@(\w+)\s*\{\s*([^,\s]+)\s*,/.exec(text.slice(i));
    if (!m) throw new Error(`bad entry at ${i}`);
    i += m[0].length;
    const fields: Record<string, string> = {};
    for (;;) {
      ws();
      if (text[i] === '}') {
        i++;
        break;
      }
      const name = /^(\w+)\s*=\s*/.exec(text.slice(i));
      if (!name) throw new Error(`bad field at ${i}: ${text.slice(i, i + 20)}`);
      i += name[0].length;
      let value = '';
      if (text[i] === '{') {
        let depth = 0;
        const start = i;
        for (; i < text.length; i++) {
          if (text[i] === '\\') {
            i++;
            continue;
          }
          if (text[i] === '{') depth++;
          else if (text[i] === '}' && --depth === 0) break;
        }
        if (depth !== 0) throw new Error('unbalanced braces');
        value = text.slice(start + 1, i);
        i++;
      } else {
        const bare = /^[^,}\s]+/.exec(text.slice(i))![0];
        value = bare;
        i += bare.length;
      }
      fields[name[1]!.toLowerCase()] = value.replace(/^\{(.*)\}$/s, '$1').replace(/\\([#$%&_{}])/g, '$1');
      ws();
      if (text[i] === ',') i++;
    }
    out.push({ type: m[1]!.toLowerCase(), key: m[2]!, fields });
  }
  return out;
}

/** A minimal RIS reader: "XX  - value" lines, records from TY to ER. */
function readRis(text: string): Record<string, string[]>[] {
  const recs: Record<string, string[]>[] = [];
  let cur: Record<string, string[]> | null = null;
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const m = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (!m) throw new Error(`bad RIS line: ${JSON.stringify(line)}`);
    const [, tag, value] = m;
    if (tag === 'TY') cur = {};
    if (!cur) throw new Error('RIS record without TY');
    if (tag === 'ER') {
      recs.push(cur);
      cur = null;
      continue;
    }
    (cur[tag!] ??= []).push(value!);
  }
  if (cur) throw new Error('RIS record without ER');
  return recs;
}

describe('BibTeX and RIS', () => {
  const downloads = getDownloads();

  it('one pair per dataset and one for the plan', () => {
    expect(REF_NAMES()).toEqual([...downloads.map((d) => d.name), PLAN_REF_NAME]);
  });

  it('every dataset entry parses and carries author, title, year, URL; the illustrative warning when due', () => {
    for (const d of downloads) {
      const ref = referenceOf(d.name, SITE, '/');
      const [bib] = readBibtex(toBibtex(ref));
      expect(bib!.type).toBe('misc');
      expect(bib!.fields.title).toBe(d.meta.title);
      expect(bib!.fields.author).toBe('Giảm nghèo Phan Rang-Tháp Chàm');
      expect(bib!.fields.year).toBe(d.meta.updated.slice(0, 4));
      expect(bib!.fields.url).toBe(`${SITE}/du-lieu/${d.name}/`);
      const [ris] = readRis(toRis(ref));
      expect(ris!.TY).toEqual(['DATA']);
      expect(ris!.TI).toEqual([d.meta.title]);
      expect(ris!.PY).toEqual([d.meta.updated.slice(0, 4)]);
      expect(ris!.UR).toEqual([`${SITE}/du-lieu/${d.name}/`]);
      const note = citationNote(d.provenance);
      const bibNote = bib!.fields.note!;
      const risNotes = ris!.N1!.join(' ');
      if (note) {
        expect(bibNote).toContain('Số liệu minh họa');
        expect(risNotes).toContain(note);
      } else {
        expect(bibNote).not.toMatch(/minh họa/i);
        expect(risNotes).not.toMatch(/minh họa/i);
      }
    }
    // The shipped data have both kinds, so both branches ran.
    expect(downloads.some((d) => citationNote(d.provenance))).toBe(true);
    expect(downloads.some((d) => !citationNote(d.provenance))).toBe(true);
  });

  it('the plan pair names the issuing body, number and year', () => {
    const ref = referenceOf(PLAN_REF_NAME, SITE, '/giam-ngheo/');
    const [bib] = readBibtex(toBibtex(ref));
    expect(bib!.type).toBe('techreport');
    expect(bib!.fields.number).toBe('122/KH-UBND');
    expect(bib!.fields.institution).toBe('UBND thành phố Phan Rang-Tháp Chàm');
    expect(bib!.fields.year).toBe('2024');
    expect(bib!.fields.url).toBe(`${SITE}/giam-ngheo/ke-hoach/`);
    const [ris] = readRis(toRis(ref));
    expect(ris!.TY).toEqual(['GOVDOC']);
    expect(ris!.AU).toEqual(['UBND thành phố Phan Rang-Tháp Chàm']);
  });

  it('special characters and line breaks survive', () => {
    const ref = datasetReference('x', { title: 'Tỷ lệ 50% & {ngoặc} #1 a_b', description: 'dòng 1\ndòng 2', updated: '2024-03-11', sources: [{ title: 'Nguồn' }] }, { official: 0, illustrative: 2, mixed: 0, total: 2 }, `${SITE}/du-lieu/x/`);
    const [bib] = readBibtex(toBibtex(ref));
    expect(bib!.fields.title).toBe('Tỷ lệ 50% & {ngoặc} #1 a_b');
    const [ris] = readRis(toRis(ref));
    expect(ris!.AB).toEqual(['dòng 1 dòng 2']);
    expect(ris!.N1!.join(' ')).toContain('toàn bộ 2 dòng là số liệu minh họa');
  });
});

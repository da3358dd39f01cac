/**
 * `npm run bench:privacy`: measures the privacy guard on a corpus generated with fast-check:
 * positives (phones, ID numbers, house addresses) written in random forms, and negatives (money,
 * dates, percentages, plan references, ordinary Vietnamese sentences). Prints the miss rate per
 * kind and the false-positive rate per negative class. `N=2000 npm run bench:privacy` for a
 * smaller run; SEED fixes the corpus. The arbitraries are exported for the property tests.
 */
import fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { findPrivacyIssues, type PrivacyKind } from '../lib/stories/privacy';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

/** Separators a writer (or a hostile editor) puts between digit groups. */
const SEPARATORS = ['', ' ', ' ', '.', '-', '–', '—', '−', '/', '\\', ' - ', ' – ', '. ', ' / ', '\u00a0', '\n', ' \n', '\u2009', '·'];

/** Splits digits into groups of 1–5 joined by random separators. */
const grouped = (d: string) =>
  fc.array(fc.integer({ min: 1, max: 5 }), { minLength: d.length, maxLength: d.length }).chain((sizes) => {
    const groups: string[] = [];
    for (let i = 0, k = 0; i < d.length; k++) {
      groups.push(d.slice(i, i + sizes[k]!));
      i += sizes[k]!;
    }
    return fc.array(pick(...SEPARATORS), { minLength: groups.length, maxLength: groups.length }).map((seps) => groups.map((g, i) => (i ? seps[i]! : '') + g).join(''));
  });

/** Hides digits the ways a reader does not notice: full-width digits, zero-width characters, character references, soft hyphens. */
const disguised = (s: string) =>
  fc.array(pick('plain', 'plain', 'plain', 'full', 'zw', 'ref', 'hex', 'shy', 'bidi'), { minLength: s.length, maxLength: s.length }).map((how) =>
    Array.from(s, (c, i) => {
      if (!/\d/.test(c)) return c;
      switch (how[i]) {
        case 'full': return String.fromCharCode(0xff10 + Number(c));
        case 'zw': return c + '\u200b';
        case 'ref': return `&#${c.charCodeAt(0)};`;
        case 'hex': return `&#x${c.charCodeAt(0).toString(16)};`;
        case 'shy': return c + '\u00ad';
        case 'bidi': return '\u200e' + c;
        default: return c;
      }
    }).join(''),
  );

const sentence = (inner: fc.Arbitrary<string>, before: string[], after: string[]) =>
  fc.tuple(pick(...before), inner, pick(...after)).map(([a, x, b]) => a + x + b);

/** Phone numbers: mobile and landline, with 0, 84, +84, 0084, (+84), +84 (0) or "(0259)", keyword or not. */
export const phoneArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.tuple(pick('3', '5', '7', '8', '9'), digits(8)), fc.tuple(pick('2'), digits(9))), pick('0', '0', '0', '(0)', '+84', '84', '0084', '+84 (0)', '(+84)'), pick(...SEPARATORS))
  .chain(([[lead, tail], prefix, sep]) => {
    const rest = lead + tail;
    if (prefix === '0') return grouped('0' + rest);
    if (prefix === '(0)') return grouped(rest.slice(3)).map((g) => `(0${rest.slice(0, 3)})${sep || ' '}${g}`);
    return grouped(rest).map((g) => prefix + sep + g);
  })
  .chain(disguised)
  .chain((p) => sentence(fc.constant(p), ['', 'Gọi ', 'ĐT: ', 'SĐT ', 'điện thoại ', 'Zalo: ', 'hotline ', 'liên hệ chị H. qua số ', 'Số của anh là '], ['', '.', ' nhé.', ', gặp chị H.', ' (Zalo).']));

/** ID numbers: CCCD (12 digits, led by a province code 0xx) and CMND (9 digits), any grouping, keyword or not. */
export const idArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.tuple(fc.integer({ min: 1, max: 96 }), digits(9)).map(([p, r]) => String(p).padStart(3, '0') + r).chain(grouped),
    fc.tuple(pick('0', '1', '2', '3'), digits(8)).map(([a, b]) => a + b).chain(grouped),
  )
  .chain(disguised)
  .chain((n) => sentence(fc.constant(n), ['', 'CCCD ', 'số CCCD: ', 'CMND số ', 'CMT ', 'căn cước ', 'chứng minh nhân dân ', 'số định danh ', 'mã '], ['', '.', ' cấp tại Ninh Thuận.', ', ngày cấp ghi trên thẻ.']));
// Bare 9-digit runs that look like money or a year list are not IDs on purpose; the generator
// leads CMND with 0–3 and never writes a unit after them.

const STREETS = ['Trần Phú', 'Lê Lợi', 'Thống Nhất', 'Ngô Gia Tự', 'Nguyễn Văn Cừ', 'Hùng Vương', 'Quang Trung', 'Lê Duẩn', 'Hai Bà Trưng', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Phan Chu Trinh', 'Lê Hồng Phong', '16 Tháng 4'];
const house = fc.tuple(fc.integer({ min: 1, max: 999 }), pick('', '', '', 'A', 'B'), fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined })).map(([n, l, s]) => `${n}${l}${s ? `/${s}` : ''}`);

/** House-number addresses in the common forms, normal case or capitals. */
export const addressArb: fc.Arbitrary<string> = fc
  .tuple(house, fc.integer({ min: 1, max: 99 }), pick(...STREETS), fc.integer({ min: 0, max: 12 }), fc.boolean())
  .map(([h, k, st, form, caps]) => {
    const forms = [`số nhà ${h}`, `nhà số ${h}`, `${h} ${st}`, `${h} đường ${st}`, `số ${h}, đường ${st}`, `số ${h} ${st}`, `hẻm ${k}`, `kiệt ${k} ${st}`, `ngõ ${k}`, `K${k}/${h.replace(/\/.*/, '')} ${st}`, `Đ. ${st}`, `${h} Đ. ${st}`, `${k}/${h.replace(/\/.*/, '')} ${st}`];
    const a = forms[form]!;
    return caps ? a.toUpperCase() : a;
  })
  .chain((a) => sentence(fc.constant(a), ['', 'Gia đình sống ở ', 'Nhà chị ở ', 'địa chỉ: ', 'Anh B. thuê phòng tại '], ['', ', phường Đô Vinh.', '.', ' gần chợ.', ', khu phố 3.']));

const amount = fc.integer({ min: 1, max: 999_999_999_999 });
const dots = (n: number) => n.toLocaleString('de-DE');
const dec = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a},${b}`);
const day = fc.integer({ min: 1, max: 31 });
const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 1990, max: 2030 });
const two = (n: number) => String(n).padStart(2, '0');

/** Negative classes: none of these may be flagged. */
export const negativeArbs: Record<string, fc.Arbitrary<string>> = {
  money: fc.oneof(
    fc.tuple(dec, pick('triệu đồng', 'tỷ đồng', 'nghìn đồng', 'triệu')).map(([d, u]) => `thu nhập ${d} ${u}`),
    fc.tuple(amount, pick(' đồng', ' đ', ' VNĐ', 'đ', ' đồng/tháng', ' đồng mỗi năm')).map(([n, u]) => `vay ${dots(n)}${u}`),
    fc.tuple(amount, pick(' đồng', ' đ', ' VNĐ')).map(([n, u]) => `số tiền ${n}${u}`),
    fc.tuple(amount, amount).map(([a, b]) => `tăng từ ${dots(a)} đồng lên ${dots(b)} đồng`),
    amount.map((n) => `kinh phí ${dots(n)}`),
  ),
  dates: fc.oneof(
    fc.tuple(day, month, year, pick('/', '.', '-')).map(([d, m, y, s]) => `ngày ${d}${s}${m}${s}${y}`),
    fc.tuple(day, month, year).map(([d, m, y]) => `${two(d)}/${two(m)}/${y}`),
    fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
    fc.tuple(month, year).map(([m, y]) => `tháng ${m}/${y}`),
    year.map((y) => `năm ${y}`),
    fc.tuple(day, month, year, day, month, year).map(([a, b, c, d, e, f]) => `từ ${two(a)}/${two(b)}/${c} - ${two(d)}/${two(e)}/${f}`),
    fc.tuple(year, year, year).map(([a, b, c]) => `các năm ${a}, ${b}, ${c}`),
    fc.tuple(year, year, year).map(([a, b, c]) => `${a} ${b} ${c}`),
    fc.tuple(year, year).map(([a, b]) => `giai đoạn ${a}–${b}`),
    fc.tuple(day, month).map(([d, m]) => `ngày ${d}/${m} Hội Phụ nữ họp`),
  ),
  percent: fc.oneof(dec.map((d) => `${d}%`), dec.map((d) => `tỷ lệ hộ nghèo ${d} %`), fc.tuple(dec, dec).map(([a, b]) => `giảm từ ${a}% xuống ${b}%`)),
  'plan refs': fc.oneof(
    fc.integer({ min: 1, max: 9999 }).map((n) => `${n}/KH-UBND`),
    fc.integer({ min: 1, max: 9999 }).map((n) => `Nghị quyết ${n}/NQ-UBTVQH15`),
    fc.tuple(fc.integer({ min: 1, max: 200 }), year).map(([n, y]) => `Nghị định ${two(n)}/${y}/NĐ-CP`),
    fc.integer({ min: 1, max: 9999 }).map((n) => `Quyết định số ${n}/QĐ-TTg`),
    fc.tuple(fc.integer({ min: 1, max: 999 }), day, month, year).map(([n, d, m, y]) => `Kế hoạch số ${n}/KH-UBND ngày ${d}/${m}/${y}`),
    fc.tuple(fc.integer({ min: 1, max: 99 }), year).map(([n, y]) => `Thông tư số ${two(n)}/${y}/TT-BLĐTBXH`),
  ),
  sentences: fc.oneof(
    fc.integer({ min: 1, max: 9999 }).map((n) => `có ${n} hộ nghèo`),
    fc.integer({ min: 1, max: 99 }).map((n) => `bà ${n} tuổi`),
    fc.integer({ min: 1, max: 7 }).map((n) => `Dự án ${n} hỗ trợ sinh kế`),
    fc.integer({ min: 1, max: 7 }).map((n) => `tiểu dự án ${n}`),
    fc.integer({ min: 10000, max: 99999 }).map((n) => `mã phường ${n}`),
    fc.integer({ min: 1, max: 30 }).map((n) => `${n} phường, xã`),
    fc.tuple(fc.integer({ min: 1, max: 999 }), pick('kg', 'm2', 'm²', 'ha', 'con bò', 'con dê', 'sào', 'tấn')).map(([n, u]) => `khoảng ${n} ${u}`),
    fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 10 })).map(([a, b]) => `tổ ${a} khu phố ${b}`),
    fc.tuple(year, pick('Chị H.', 'Anh B.', 'Phường Đô Vinh', 'Gia đình chị Mai')).map(([y, w]) => `Năm ${y} ${w} thoát nghèo`),
    fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a} hộ thoát nghèo, ${b} hộ cận nghèo`),
    fc.integer({ min: 1, max: 50 }).map((n) => `ở khu phố ${n}, phường Đô Vinh`),
    fc.integer({ min: 2, max: 12 }).map((n) => `Mỗi tháng chị bán ${n} mẻ gốm ở chợ Phan Rang.`),
  ),
};

/** Several negatives in one paragraph, joined as a writer would (lists, sentences, line breaks). */
negativeArbs.mixed = fc.array(fc.oneof(...Object.values(negativeArbs)), { minLength: 2, maxLength: 4 }).chain((xs) =>
  fc.array(pick(', ', ' và ', '. ', '; ', '\n', ' (', ' – '), { minLength: xs.length, maxLength: xs.length }).map((seps) => xs.map((x, i) => (i ? seps[i] : '') + x).join('')),
);

/** Positive arbitraries with the kind each must be reported as. */
export const positiveArbs: Record<PrivacyKind, fc.Arbitrary<string>> = { phone: phoneArb, 'id-number': idArb, address: addressArb };

function main(): void {
  const n = Number(process.env.N ?? 10_000);
  const seed = Number(process.env.SEED ?? 20241020);
  const pct = (k: number) => `${((100 * k) / n).toFixed(2)} %`;
  console.log(`Bộ đo bảo vệ riêng tư: ${n} mẫu mỗi loại, seed ${seed}`);
  const t0 = performance.now();
  for (const [kind, arb] of Object.entries(positiveArbs)) {
    let miss = 0;
    let wrongKind = 0;
    const examples: string[] = [];
    for (const s of fc.sample(arb, { numRuns: n, seed })) {
      const f = findPrivacyIssues(s);
      if (f.some((x) => x.kind === kind)) continue;
      if (f.length > 0) wrongKind++;
      else {
        miss++;
        if (examples.length < 3) examples.push(JSON.stringify(s));
      }
    }
    console.log(`  bỏ sót ${kind.padEnd(10)} ${pct(miss).padStart(8)}  (báo sai loại: ${pct(wrongKind)})${examples.length ? ' ví dụ: ' + examples.join(', ') : ''}`);
  }
  for (const [name, arb] of Object.entries(negativeArbs)) {
    let fp = 0;
    const examples: string[] = [];
    for (const s of fc.sample(arb, { numRuns: n, seed })) {
      const f = findPrivacyIssues(s);
      if (f.length === 0) continue;
      fp++;
      if (examples.length < 3) examples.push(`${JSON.stringify(s)} → ${f.map((x) => x.kind).join(',')}`);
    }
    console.log(`  báo nhầm ${name.padEnd(10)} ${pct(fp).padStart(8)}${examples.length ? ' ví dụ: ' + examples.join('; ') : ''}`);
  }
  console.log(`  thời gian: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // One line of 1 MB digits and spaces: the guard must stay linear (best of three runs).
  let line = '';
  for (let k = 0; line.length < 1 << 20; k++) line += `${(k * 7919) % 10 ** (1 + (k % 4))}${k % 5 ? ' ' : '  '}`;
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    findPrivacyIssues(line);
    best = Math.min(best, performance.now() - t);
  }
  console.log(`  1 MB chữ số và dấu cách trên một dòng: ${best.toFixed(0)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

/**
 * Privacy guard: the household's dignity comes first. Finds Vietnamese phone numbers, ID numbers
 * (CMND 9 digits, CCCD 12 digits) and exact house-number addresses in a block of reader-visible
 * text (it may span lines). The text is first normalised to what a reader sees (NFKC, invisible
 * characters dropped, character references decoded), so "0905\n123 456", full-width digits or
 * "&#48;" do not hide a number. Positions refer to the original text. Numbers are masked in
 * messages so the report itself does not repeat them.
 */
import { lineAt, lineStarts } from '../lines';
import { normalizeReaderText, readerView } from './privacy-normalize';

export { normalizeReaderText };

/** What kind of personal detail was found. */
export type PrivacyKind = 'phone' | 'id-number' | 'address';

/** One finding. */
export interface PrivacyFinding {
  kind: PrivacyKind;
  /** 1-based line within the scanned text (original text, before normalisation). */
  line: number;
  /** 0-based column within the line (original text). */
  column: number;
  /** The matched text, as written in the original. */
  match: string;
  /** Vietnamese message with the fix. */
  message: string;
}

// ---------------------------------------------------------------- numbers

/** Keeps the first two and last two digits, masking the rest: "0905 123 456" → "09•• ••• •56". */
export function maskDigits(s: string): string {
  const total = (s.match(/\d/g) ?? []).length;
  let seen = 0;
  return s.replace(/\d/g, (d) => {
    seen++;
    return seen <= 2 || seen > total - 2 ? d : '•';
  });
}

/** Any 0-led number of 10–11 digits is a phone (mobile 0[35789]…, landline 02…, old 068…/01x…); with 84, 0084 or +84(0). */
const PHONE_DIGITS = /^(?:0[1-9]\d{8,9}|(?:0084|84)0?(?:[35789]\d{8}|2\d{9}))$/;
const PHONE_LOOSE = /^(?:0\d{8,10}|[1-9]\d{8,9})$/;
const PHONE_KW = /(?<!\p{L})(?:s?đt|dt|sdt|điện thoại|dien thoai|zalo|viber|hotline|liên hệ|liên lạc|gọi|di động|dđ|tel|phone|máy bàn|số máy)[^\d]{0,20}$/u;
const ID_KW = /(?<!\p{L})(?:cmnd|cccd|cmt|căn cước|can cuoc|chứng minh|chung minh|định danh|dinh danh|hộ chiếu|ho chieu|giấy tờ|thẻ căn|passport)[^\d]{0,25}$/u;
const UNIT_AFTER = /^\s?(?:đồng|đ(?!\p{L})|vnđ|vnd|triệu|tr(?!\p{L})|tỷ|nghìn|ngàn|trăm|usd|\$|%|kg|tấn|tạ|yến|m2|m²|m3|km|m(?!\p{L})|ha(?!\p{L})|sào|hecta|héc|người|hộ|con|lượt|cây|lít|chiếc|cái|suất|bao|lần)/u;
const MONEY_BEFORE = /(?<!\p{L})(?:tiền|vốn|vay|giá|kinh phí|ngân sách|thu nhập|hỗ trợ|doanh thu|lương|chi phí|tổng|trị giá|tổng cộng)[^\d]{0,20}$/u;
/** Dates, percentages and document numbers ("122/KH-UBND", "07/2021/NĐ-CP") are masked out before digits are chained. */
const PROTECT: [RegExp, (m: RegExpExecArray) => boolean][] = [
  // A date right after a 0-led group ("0506 7-1-1916") may be a disguised phone: not protected.
  [/(?<![\d.\/-])(?<!(?<!\d)0\d{1,4}[\s.\/\\-]{1,3})(\d{1,2})([\/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d|[\/.-]\d)/g, (m) => +m[1]! >= 1 && +m[1]! <= 31 && +m[3]! >= 1 && +m[3]! <= 12],
  [/(?<![\d.\/-])(?<!(?<!\d)0\d{1,4}[\s.\/\\-]{1,3})((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d|[\/.-]\d)/g, (m) => +m[2]! >= 1 && +m[2]! <= 12 && +m[3]! >= 1 && +m[3]! <= 31],
  [/(?<![\d.\/-])(?:19|20)\d\d\s?-\s?(?:19|20)\d\d(?!\d|[\/.-]\d)/g, () => true],
  // "tháng 3/2024"; not when more digits follow, as in "09/2030 – 9350".
  [/(?<![\d.\/-])(?<!(?<!\d)0\d{1,4}[\s.\/\\-]{1,3})(\d{1,2})\/((?:19|20)\d\d)(?!\d|[\s\/.\-\\]{1,3}\d)/g, (m) => +m[1]! >= 1 && +m[1]! <= 12],
  [/(?<![\d.,])\d+(?:[.,]\d+)?\s?%/g, () => true],
  [/(?<!\d)\d{1,5}(?:\/\d{1,4}){0,3}\/(?=\p{Lu})/gu, () => true],
];
const SEP = new Set([' ', '.', ',', '-', '/', '\\', '(', ')', '·', '*', '_', '~', '`', '\n', '+']);
const YEAR = /^(?:19|20)\d\d$/;

/** A digit group; `gap` says how it joins the previous one: 0 first, 1 glued (".", "-"), 2 spaced or bracketed, 3 after a sentence end (". "). */
interface Group { s: number; e: number; d: string; gap: number }

/** Digit groups that a reader would read as one number: joined by at most four separator characters, one line break, no ", " list break. */
function chains(t: string): Group[][] {
  const blocked = new Uint8Array(t.length);
  for (const [re, ok] of PROTECT) for (const m of t.matchAll(re)) if (ok(m)) blocked.fill(1, m.index, m.index + m[0].length);
  const out: Group[][] = [];
  let cur: Group[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57 || blocked[i]) {
      i++;
      continue;
    }
    let e = i;
    while (e < t.length && t.charCodeAt(e) >= 48 && t.charCodeAt(e) <= 57 && !blocked[e]) e++;
    const g = { s: i, e, d: t.slice(i, e), gap: 0 };
    const last = cur[cur.length - 1];
    const gap = last ? t.slice(last.e, i) : '';
    if (last && joins(gap)) {
      g.gap = /\.\s/.test(gap) ? 3 : /[\s()]/.test(gap) ? 2 : 1;
      cur.push(g);
    } else {
      if (cur.length) out.push(cur);
      cur = [g];
    }
    i = e;
  }
  if (cur.length) out.push(cur);
  return out;
}

function joins(gap: string): boolean {
  if (gap.length === 0 || gap.length > 4) return false;
  let nl = 0;
  for (const ch of gap) if (!SEP.has(ch) || (ch === '\n' && ++nl > 1)) return false;
  return !/,\s/.test(gap);
}

/** The up to 40 characters before a number, cut after the last digit; '' when they hold no letter (the common case, kept cheap). */
function wordsBefore(low: string, s: number): string {
  let a = s;
  while (a > 0 && a > s - 40 && !(low.charCodeAt(a - 1) >= 48 && low.charCodeAt(a - 1) <= 57)) a--;
  const w = low.slice(a, s);
  return /\p{L}/u.test(w) ? w : '';
}

interface Hit { kind: PrivacyKind; s: number; e: number }

/** Phone and ID numbers in one chain of digit groups. */
function numbersIn(ch: Group[], t: string, low: string): Hit[] {
  // A sentence end (". ") between groups is read as a break, unless only the joined reading finds a number ("0905. 123. 456").
  const parts: Group[][] = [[ch[0]!]];
  for (let k = 1; k < ch.length; k++) {
    if (ch[k]!.gap === 3) parts.push([]);
    parts[parts.length - 1]!.push(ch[k]!);
  }
  const whole = numbersInPart(ch, t, low);
  if (parts.length === 1) return whole;
  // Both readings; the one that finds more phones (then more numbers) wins, the split one on a tie.
  const split = parts.flatMap((p) => numbersInPart(p, t, low));
  const score = (hs: Hit[]) => hs.reduce((n, h) => n + (h.kind === 'phone' ? 2 : 1), 0);
  return score(split) >= score(whole) ? split : whole;
}

function numbersInPart(ch: Group[], t: string, low: string): Hit[] {
  // A first group glued to letters ("UBTVQH15.", "MH2024 ") is usually a code: try the chain without it first.
  if (ch.length > 1 && /\p{L}/u.test(t[ch[0]!.s - 1] ?? '')) {
    const rest = numbersInChain(ch.slice(1), t, low);
    if (rest.length > 0) return rest;
  }
  return numbersInChain(ch, t, low);
}

function numbersInChain(ch: Group[], t: string, low: string): Hit[] {
  const before = wordsBefore(low, ch[0]!.s);
  const kwId = before !== '' && ID_KW.test(before);
  const kwPhone = before !== '' && PHONE_KW.test(before);
  const plus = t[ch[0]!.s - 1] === '+' || t.slice(Math.max(0, ch[0]!.s - 2), ch[0]!.s) === '+(' || t.slice(Math.max(0, ch[0]!.s - 3), ch[0]!.s) === '(+';
  const all = ch.map((g) => g.d).join('');
  const unitAfter = (g: Group) => UNIT_AFTER.test(low.slice(g.e, g.e + 8));
  // Money: a unit after it, or written like an amount ("396.593.821.149", "150000000") after a money word; or a list of years.
  const thousands = (gs: Group[]) => gs.length === 1 || (gs[0]!.d.length <= 3 && gs.slice(1).every((g) => g.d.length === 3));
  const moneyLike = (gs: Group[], d: string) => {
    if (d[0] === '0') return false;
    if (unitAfter(gs[gs.length - 1]!) || (gs.length > 1 && gs.every((g) => YEAR.test(g.d)))) return true;
    const w = gs[0] === ch[0] ? before : wordsBefore(low, gs[0]!.s);
    return w !== '' && thousands(gs) && MONEY_BEFORE.test(w);
  };
  const last = ch[ch.length - 1]!;
  // The whole chain first: it is how a reader groups it.
  const start = plus ? t.lastIndexOf('+', ch[0]!.s) : ch[0]!.s;
  if (PHONE_DIGITS.test(all) && (all[0] === '0' || plus || !moneyLike(ch, all))) return [{ kind: 'phone', s: start, e: last.e }];
  if (kwPhone && !kwId && PHONE_LOOSE.test(all) && !moneyLike(ch, all)) return [{ kind: 'phone', s: start, e: last.e }];
  if ((all.length === 12 || all.length === 9) && (kwId || !moneyLike(ch, all))) return [{ kind: 'id-number', s: ch[0]!.s, e: last.e }];
  // Otherwise windows of whole groups: several numbers in a row, or a number led by a keyword and followed by more digits.
  const hits: Hit[] = [];
  // A window starts and ends only where a reader sees a break (space, line break, bracket), never inside "481.082.542".
  const strong = (k: number) => k <= 0 || k >= ch.length || ch[k]!.gap >= 2;
  const off = [0];
  for (const g of ch) off.push(off[off.length - 1]! + g.d.length);
  for (let i = 0; i < ch.length; ) {
    const lead = all.slice(off[i], off[i]! + 4);
    const mayPhone = lead[0] === '0' ? lead[1] !== '0' || lead === '0084' : lead.startsWith('84');
    if (!strong(i) || !(mayPhone || (i === 0 && kwId))) {
      i++;
      continue;
    }
    let phone = -1;
    let id = -1;
    for (let j = i; j < ch.length && off[j + 1]! - off[i]! <= 15; j++) {
      const n = off[j + 1]! - off[i]!;
      if (n >= 10 && mayPhone && strong(j + 1)) {
        const d = all.slice(off[i], off[j + 1]);
        if (PHONE_DIGITS.test(d) && (d[0] === '0' || !moneyLike(ch.slice(i, j + 1), d))) phone = j;
      }
      if (i === 0 && kwId && (n === 9 || n === 12)) id = j;
    }
    const j = id >= 0 ? id : phone;
    if (j >= 0) {
      hits.push({ kind: id >= 0 ? 'id-number' : 'phone', s: ch[i]!.s, e: ch[j]!.e });
      i = j + 1;
    } else i++;
  }
  return hits;
}

/** Passports: a letter and 7 digits after "hộ chiếu". */
const PASSPORT = /(?<!\p{L})(?:hộ chiếu|ho chieu|passport)[^\d\n]{0,20}?([a-z]\d{7,8})(?!\d)/gu;

// ---------------------------------------------------------------- addresses

const NAME = '(?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2,})';
const HOUSE = '\\d{1,4}[a-zA-Z]?(?:\\/\\d{1,3}[a-zA-Z]?){0,2}(?![\\d\\/])';
const DAY_STREET = '\\d{1,2}\\s+(?:[Tt]háng|THÁNG)\\s+\\d{1,2}(?!\\d)';
/** Keyword forms, matched on the lower-cased text (so "SỐ NHÀ 45" counts too). */
const ADDRESS_LOW: RegExp[] = [
  /(?<!\p{L})(?:số\s+nhà|nhà\s+số)\s*\d+[a-z]?(?:\s?\/\s?\d+[a-z]?)*/gu,
  /(?<!\p{L})số\s+\d+[a-z]?(?:\/\d+[a-z]?)*\s*,?\s*(?:đường|phố|hẻm|kiệt|ngõ|ngách|đ\.)(?!\p{L})/gu,
  /(?<!\p{L})(?:hẻm|kiệt|ngõ|ngách)\s+(?:số\s+)?\d+(?:\/\d+)*/gu,
  /(?<![\p{L}\d])k\s?\d{1,4}(?:\/\d{1,4}[a-z]?)+/gu,
  // The same in English (title_en, summary_en): "house number 45", "house no. 12/3", "alley 7".
  // (The word comes first so the scan skips ahead to it; the lookbehind then checks the word start.)
  /house(?<!\p{L}house)\s+(?:number|no\.?|#)\s*\d+[a-z]?(?:\s?\/\s?\d+[a-z]?)*/gu,
  /alley(?<!\p{L}alley)\s+(?:no\.?\s*)?\d+(?:\/\d+)*/gu,
];
/** Forms that need a capitalised street name after them (checked on the original case). */
const ADDRESS_NAMED: RegExp[] = [
  // "45 đường Thống Nhất", "12 Đ. Lê Lợi", "12 PHỐ HUẾ"
  new RegExp(`(?<![\\p{L}\\p{N}.,\\/-])${HOUSE}\\s*(?:[Đđ]ường|ĐƯỜNG|[Pp]hố|PHỐ|[Đđ]\\.)\\s*(${NAME})(?:\\s+${NAME}){0,3}`, 'gu'),
  // "12 Trần Phú", "số 12 Nguyễn Trãi", "12/3 Lê Lợi", "12 TRẦN PHÚ"
  new RegExp(`(?<![\\p{L}\\p{N}.,\\/-])(${HOUSE})\\s+(${NAME})(?:\\s+(${NAME}))?`, 'gu'),
  // "Đ. Lê Lợi" (the postal abbreviation of "đường")
  new RegExp(`(?<!\\p{L})[Đđ]\\.\\s*(?:(${NAME})(?:\\s+${NAME}){1,3}|${DAY_STREET})`, 'gu'),
  // "351 16 Tháng 4", "12 đường 16 Tháng 4": streets named for a date
  new RegExp(`(?<![\\p{L}\\p{N}.,\\/-])${HOUSE}\\s+(?:(?:[Đđ]ường|ĐƯỜNG)\\s+|[Đđ]\\.\\s*)?${DAY_STREET}`, 'gu'),
];
/** A number after these words counts something; it is not a house number. */
const COUNT_WORD = /(?<!\p{L})(?:năm|ngày|tháng|án|mục|điều|khoản|chương|phần|bước|lớp|khóa|kỳ|đợt|lần|đoạn|định|quyết|hoạch|lục|bảng|hình|trang|tổ|thôn|phố|xã|phường|ấp|buôn|làng|khu|top|hạng|giờ|lúc|tuổi|từ|đến|hôm|nhóm|đội|lô|phòng|tầng|kì|số hiệu|mã|cấp|loại|vòng)[\s:]*$/u;
/** A capitalised word after a number that is not a street name. */
const NOT_STREET = /^(?:vnđ|vnd|usd|đ|phường|xã|thôn|khu|tổ|huyện|tỉnh|quận|thành|ấp|buôn|làng|dự|tiểu|chương|kế|nghị|quyết|thông|hộ|hội|chị|anh|ông|bà|em|cô|chú|bác|cháu|cụ|gia|người|tháng|năm|ngày|giờ|tuổi|con|lần|đợt|mô|ngân|ủy|ubnd|sở|phòng|ban|trường|trạm|bệnh|điều|khoản|mục|phần|bước|triệu|nghìn|tỷ|đồng|nhà|đội|nhóm|câu|bài|tập|xe|hecta|ha|kg|tấn|hợp|chi|đảng|đoàn|cựu|liên|công|tổng|mặt|loại|cái|chiếc)$/u;
const PERSON = /(?<!\p{L})(?:chị|anh|ông|bà|em|cô|chú|bác|cháu|cụ|đình|hộ|con|vợ|chồng|mẹ|bố|cha|bạn)\s*$/u;

function addressesIn(t: string, low: string): Hit[] {
  const hits: Hit[] = [];
  const add = (s: number, e: number) => hits.push({ kind: 'address', s, e });
  for (const re of ADDRESS_LOW) for (const m of low.matchAll(re)) add(m.index, m.index + m[0].length);
  const [keyed, bare, abbr, dated] = ADDRESS_NAMED as [RegExp, RegExp, RegExp, RegExp];
  for (const m of t.matchAll(dated)) if (!COUNT_WORD.test(low.slice(Math.max(0, m.index - 12), m.index))) add(m.index, m.index + m[0].length);
  // The first word after "đường"/"Đ." must be a street name, not "Năm" after money ("vay 35 đ. Năm 1992…").
  const street = (w: string | undefined) => w === undefined || !NOT_STREET.test(w.toLowerCase());
  for (const m of t.matchAll(keyed)) if (street(m[1])) add(m.index, m.index + m[0].length);
  for (const m of t.matchAll(bare)) {
    const num = m[1]!;
    const slash = num.includes('/');
    if (!slash && (YEAR.test(num) || !m[3])) continue; // one word after a bare number is too weak a sign
    if (slash && /^\d{1,2}\/\d{1,2}$/.test(num) && COUNT_WORD.test(low.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!slash && COUNT_WORD.test(low.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (NOT_STREET.test(m[2]!.toLowerCase())) continue;
    add(m.index, m.index + m[0].length);
  }
  for (const m of t.matchAll(abbr)) if (street(m[1]) && !PERSON.test(low.slice(Math.max(0, m.index - 12), m.index))) add(m.index, m.index + m[0].length);
  return hits;
}

// ---------------------------------------------------------------- report

const MSG: Record<PrivacyKind, (m: string) => string> = {
  phone: (m) =>
    `có số điện thoại "${maskDigits(m)}". Sửa: xóa số điện thoại; không đăng cách liên lạc riêng của hộ gia đình (nếu cần, ghi "liên hệ Phòng Văn hóa và Thông tin thành phố").`,
  'id-number': (m) =>
    `có dãy số giống số CMND/CCCD "${maskDigits(m)}". Sửa: xóa số giấy tờ tùy thân; nếu đây là số tiền, viết kèm đơn vị (ví dụ "150 triệu đồng").`,
  address: (m) =>
    `có địa chỉ nhà cụ thể "${maskDigits(m)}". Sửa: chỉ ghi đến khu phố, thôn hoặc phường/xã (ví dụ "ở phường Đô Vinh"), không ghi số nhà, số hẻm hay tên đường kèm số nhà.`,
};

function lowerSameLength(t: string): string {
  const low = t.toLowerCase();
  if (low.length === t.length) return low;
  return Array.from(t, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/**
 * Scans a block of reader-visible text (it may span lines) and returns every privacy finding, in
 * reading order. `line` (1-based) and `column` (0-based) point into the original `text`.
 */
export function findPrivacyIssues(text: string): PrivacyFinding[] {
  return report(text, readerView(text), []);
}

function report(text: string, view: { text: string; map: Int32Array }, extra: Hit[]): PrivacyFinding[] {
  const { text: t, map } = view;
  const low = lowerSameLength(t);
  const hits: Hit[] = [];
  for (const ch of chains(t)) hits.push(...numbersIn(ch, t, low));
  for (const m of low.matchAll(PASSPORT)) hits.push({ kind: 'id-number', s: m.index + m[0].length - m[1]!.length, e: m.index + m[0].length });
  hits.push(...addressesIn(t, low), ...extra);
  // Numbers win over addresses, the earliest and longest hit over those it overlaps.
  const rank = { phone: 0, 'id-number': 1, address: 2 };
  hits.sort((a, b) => rank[a.kind] - rank[b.kind] || a.s - b.s || b.e - a.e);
  const taken = new Uint8Array(t.length + 1);
  const starts = lineStarts(text);
  const out: PrivacyFinding[] = [];
  for (const h of hits) {
    let free = true;
    for (let k = h.s; k < h.e && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, h.s, h.e);
    const os = map[h.s]!;
    const oe = h.e < map.length - 1 ? map[h.e]! : text.length;
    const lo = lineAt(starts, os);
    const seen = t.slice(h.s, h.e).replace(/\s+/g, ' ').trim();
    out.push({ kind: h.kind, line: lo + 1, column: os - starts[lo]!, match: text.slice(os, Math.max(oe, os + 1)), message: MSG[h.kind](seen) });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Folded slug words that mark a house address: "so-nha-45", "hem-12", "12-duong-tran-phu", "12-tran-phu". */
const SLUG_ADDRESS = /(?<![a-z\d])(?:(?:so nha|nha so|hem|kiet|ngo|ngach) \d+|\d+[a-z]? (?:duong|pho) [a-z]|so \d+ (?:duong|hem|kiet|ngo|ngach|d)(?![a-z])|\d{1,4}[a-z]? (?:(?:nguyen|tran|pham|hoang|huynh|phan|dang|bui|ngo|duong|dinh|doan|truong) [a-z]|le (?:loi|duan|hong phong|thanh ton)|ho chi minh|ho xuan huong|vo thi sau|ly thuong kiet|thong nhat|quang trung|hai ba trung|hung vuong))/g;
/** Words before a number in a slug that make it a count: "nam-2023", "du-an-3", "khu-pho-3". */
const SLUG_COUNT = /(?<![a-z])(?:nam|an|ngay|thang|muc|dieu|khoan|chuong|phan|buoc|lop|khoa|ky|dot|lan|to|thon|xa|phuong|ap|khu|khu pho|gio|tuoi|tu|den|nhom|doi|lo|ma|top) $/;

/** The privacy guard for a file name or slug ("ten-chi-0905-123-456-o-do-vinh"): hyphens read as spaces, diacritics absent. */
export function findPrivacyInSlug(slug: string): PrivacyFinding[] {
  const spaced = slug.replace(/[-_]/g, ' ');
  const view = readerView(spaced);
  const folded = fold(view.text);
  const extra: Hit[] = [];
  for (const m of folded.matchAll(SLUG_ADDRESS)) if (!YEAR.test(m[0].split(' ')[0]!) && !SLUG_COUNT.test(folded.slice(Math.max(0, m.index - 8), m.index))) extra.push({ kind: 'address', s: m.index, e: m.index + m[0].length });
  return report(slug, view, extra);
}

/** Lower case without diacritics, one unit per unit (so offsets still match). */
function fold(t: string): string {
  return Array.from(lowerSameLength(t), (c) => (c === 'đ' ? 'd' : c.normalize('NFD')[0] ?? c)).join('');
}

/**
 * Privacy guard: the household's dignity comes first. Finds Vietnamese phone numbers,
 * ID numbers (CMND 9 digits, CCCD 12 digits) and exact house-number addresses in a text,
 * line by line, each with a Vietnamese message and hint. Numbers are masked in messages so
 * the report itself does not repeat them.
 */

/** What kind of personal detail was found. */
export type PrivacyKind = 'phone' | 'id-number' | 'address';

/** One finding. */
export interface PrivacyFinding {
  kind: PrivacyKind;
  /** 1-based line within the scanned text. */
  line: number;
  /** 0-based column within the line. */
  column: number;
  /** The matched text. */
  match: string;
  /** Vietnamese message with the fix. */
  message: string;
}

const SEP = '[\\s.\\-]{0,2}';
const digits = (n: number) => `(?:${SEP}\\d){${n}}`;
/** Mobile: 0 or +84/84, then 3|5|7|8|9 and 8 digits. Landline: 0 or +84, then 2 and 9 digits (e.g. 0259 3822 123). */
const PHONE = new RegExp(`(?<![\\d.,])(?:\\+\\s?84|84|0)${SEP}(?:[35789]${digits(8)}|2${digits(9)})(?![.,\\-]?\\d)`, 'g');
/** A bare run of 9 or 12 digits (not part of a longer number, not money). */
const ID_BARE = /(?<![\d.,\-/])(\d{12}|\d{9})(?![\d]|[.,]\d|\s*(?:đồng|đ\b|vnđ|vnd))/giu;
/** An ID number announced by its name, possibly grouped: "CCCD số 079 123 456 789". */
const ID_NAMED = /(?:cmnd|cccd|căn cước|chứng minh(?: nhân dân| thư)?|số định danh)\D{0,20}?(\d(?:[\s.\-]?\d){8,11})(?!\d)/giu;

/** Exact house-number addresses (case-insensitive keywords; street names start with a capital). */
const ADDRESS: RegExp[] = [
  // "số nhà 45", "nhà số 45"
  /\b(?:số nhà|nhà số)\s*\d+[a-z]?(?:\/\d+[a-z]?)*/giu,
  // "số 12 đường Thống Nhất", "số 12, hẻm…"
  /\bsố\s+\d+[a-z]?(?:\/\d+[a-z]?)*\s*,?\s*(?:đường|phố|hẻm|kiệt|ngõ|ngách)(?=\s)(?:\s+\p{Lu}\p{Ll}*){0,3}/giu,
  // "số 12 Nguyễn Trãi" (two capitalised words: a street name)
  /\b[sS]ố\s+\d+[a-zA-Z]?(?:\/\d+[a-zA-Z]?)*\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*/gu,
  // "12/3 Nguyễn…", "12/3 đường…" (not a date such as 1/11/2024)
  /(?<![\d/])\d{1,4}[a-zA-Z]?\/\d{1,3}[a-zA-Z]?(?:\/\d{1,3}[a-zA-Z]?)?(?!\d)\s+(?:(?:đường|hẻm|kiệt|ngõ|phố)\b|\p{Lu})/gu,
  // "45 đường Thống Nhất"
  /(?<![\d.,/])\d+[a-zA-Z]?\s+(?:đường|phố)\s+\p{Lu}/gu,
  // "hẻm 12", "kiệt 5", "ngõ 3"
  /\b(?:hẻm|kiệt|ngõ|ngách)\s+(?:số\s+)?\d+/giu,
];

/** Keeps the first two and last two digits, masking the rest: "0905 123 456" → "09•• ••• •56". */
export function maskDigits(s: string): string {
  const total = (s.match(/\d/g) ?? []).length;
  let seen = 0;
  return s.replace(/\d/g, (d) => {
    seen++;
    return seen <= 2 || seen > total - 2 ? d : '•';
  });
}

const MSG: Record<PrivacyKind, (m: string) => string> = {
  phone: (m) =>
    `có số điện thoại "${maskDigits(m)}". Sửa: xóa số điện thoại; không đăng cách liên lạc riêng của hộ gia đình (nếu cần, ghi "liên hệ Phòng Văn hóa và Thông tin thành phố").`,
  'id-number': (m) =>
    `có dãy số giống số CMND/CCCD "${maskDigits(m)}". Sửa: xóa số giấy tờ tùy thân; nếu đây là số tiền, viết kèm đơn vị (ví dụ "150 triệu đồng").`,
  address: (m) =>
    `có địa chỉ nhà cụ thể "${m.trim()}". Sửa: chỉ ghi đến khu phố, thôn hoặc phường/xã (ví dụ "ở phường Đô Vinh"), không ghi số nhà, số hẻm hay tên đường kèm số nhà.`,
};

/** Dates like 1/11/2024 or 11/3/2024 are not addresses. */
const looksLikeDate = (m: string) => /^\d{1,2}\/\d{1,2}\/\d{4}/.test(m);

/** Scans a text and returns every privacy finding, in reading order. */
export function findPrivacyIssues(text: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  const lines = text.normalize('NFC').split(/\r?\n/);
  lines.forEach((raw, i) => {
    // Parentheses around area codes ("(0259) 3822 123", "(+84)") are read as separators.
    const line = raw.replace(/[()]/g, ' ');
    const taken: [number, number][] = [];
    const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
    const add = (kind: PrivacyKind, index: number, match: string) => {
      const end = index + match.length;
      if (overlaps(index, end)) return;
      taken.push([index, end]);
      out.push({ kind, line: i + 1, column: index, match, message: MSG[kind](match) });
    };
    for (const m of line.matchAll(PHONE)) add('phone', m.index, m[0]);
    for (const m of line.matchAll(ID_NAMED)) {
      const num = m[1]!;
      const n = num.replace(/\D/g, '').length;
      if (n === 9 || n === 12) add('id-number', m.index + m[0].length - num.length, num);
    }
    for (const m of line.matchAll(ID_BARE)) add('id-number', m.index, m[1]!);
    for (const re of ADDRESS) {
      for (const m of line.matchAll(re)) {
        if (looksLikeDate(m[0])) continue;
        add('address', m.index, m[0]);
      }
    }
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

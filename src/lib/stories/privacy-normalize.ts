/**
 * What a reader reads, for the privacy guard: NFKC, invisible and format characters removed,
 * character references decoded, every dash "-", every space " ", every line break "\n"; with,
 * for each UTF-16 unit of the result, the offset it came from, so findings point at the original.
 */

/** Named character references a hostile or careless editor may use to split or hide a number or keyword. */
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', ensp: ' ', emsp: ' ', thinsp: ' ', numsp: ' ', puncsp: ' ', hairsp: ' ', NoBreak: '', ZeroWidthSpace: '',
  zwnj: '', zwj: '', lrm: '', rlm: '', shy: '', InvisibleTimes: '', InvisibleComma: '', af: '', ic: '', it: '',
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '-', mdash: '-', minus: '-', hyphen: '-', dash: '-', horbar: '-',
  period: '.', comma: ',', sol: '/', bsol: '\\', lpar: '(', rpar: ')', plus: '+', num: '#', colon: ':', percnt: '%', middot: '·',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', abreve: 'ă', egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì', iacute: 'í',
  ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý', dstrok: 'đ',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Abreve: 'Ă', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì', Iacute: 'Í',
  Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý', Dstrok: 'Đ',
};
/** Browsers decode these legacy names even without the semicolon. */
const LEGACY = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'shy', 'Agrave', 'Aacute', 'Acirc', 'Atilde', 'agrave', 'aacute', 'acirc', 'atilde', 'egrave', 'eacute', 'ecirc', 'igrave', 'iacute', 'ograve', 'oacute', 'ocirc', 'otilde', 'ugrave', 'uacute', 'yacute']);
const REF = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/y;

function decodeRef(m: RegExpExecArray): string | null {
  if (m[3] !== undefined) return (m[4] === ';' || LEGACY.has(m[3])) && m[3] in NAMED ? NAMED[m[3]]! : null;
  const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
}

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const MARK = /\p{M}/u;
const DASH = /[\p{Pd}\u2212\u2043\u2796\ufe63]/u;
const SPACE = /[\p{Zs}\t\v\f]/u;
const ND = /\p{Nd}/u;

/** ASCII value of any decimal digit (Arabic-Indic, Devanagari…): its distance from the start of its run of ten. */
function digitValue(cp: number): string {
  let z = cp;
  while (z > cp - 60 && ND.test(String.fromCodePoint(z - 1))) z--;
  return String((cp - z) % 10);
}

/** The reader's view of a text, and for each of its UTF-16 units the offset it came from in the original. */
export function readerView(src: string): { text: string; map: Int32Array } {
  const n = src.length;
  const out: string[] = [];
  let map = new Int32Array(n + 16);
  let len = 0;
  let prevDigit = false;
  const put = (r: string, o: number) => {
    if (len + r.length >= map.length) {
      const bigger = new Int32Array(map.length * 2 + r.length);
      bigger.set(map);
      map = bigger;
    }
    out.push(r);
    for (let k = 0; k < r.length; k++) map[len++] = o;
  };
  const emit = (s: string, o: number) => {
    for (const c of s) {
      const r = classify(c, prevDigit);
      if (r === '') continue;
      prevDigit = r >= '0' && r <= '9';
      put(r, o);
    }
  };
  for (let i = 0; i < n; ) {
    // Fast path: a run of plain ASCII is kept as it is (unless a combining mark follows its last character).
    let e = i;
    while (e < n && plain(src.charCodeAt(e))) e++;
    if (e < n && e > i && src.charCodeAt(e) >= 0x300 && MARK.test(src[e]!)) e--;
    if (e > i) {
      out.push(src.slice(i, e));
      if (len + (e - i) >= map.length) {
        const bigger = new Int32Array(map.length * 2 + (e - i));
        bigger.set(map);
        map = bigger;
      }
      for (let k = i; k < e; k++) map[len++] = k;
      const last = src.charCodeAt(e - 1);
      prevDigit = last >= 48 && last <= 57;
      i = e;
      continue;
    }
    const c = src.charCodeAt(i);
    if (c === 38) {
      REF.lastIndex = i;
      const m = REF.exec(src);
      const d = m ? decodeRef(m) : null;
      if (m && d !== null) {
        emit(d.normalize('NFKC'), i);
        i += m[0].length;
        continue;
      }
      put('&', i);
      prevDigit = false;
      i++;
      continue;
    }
    if (c === 13) {
      if (src.charCodeAt(i + 1) !== 10) emit('\n', i);
      i++;
      continue;
    }
    // A base character and the combining marks after it are normalised together (NFD input, e.g. from macOS).
    const cp = src.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    if (j < n && src.charCodeAt(j) >= 0x300 && MARK.test(String.fromCodePoint(src.codePointAt(j)!))) {
      for (let k = 0; k < 32 && j < n && src.charCodeAt(j) >= 0x300 && MARK.test(String.fromCodePoint(src.codePointAt(j)!)); k++) j += src.codePointAt(j)! > 0xffff ? 2 : 1;
      emit(src.slice(i, j).normalize('NFKC'), i);
    } else {
      // One code point on its own: its reading never depends on context (a lone mark aside), so it is cached.
      let r = SINGLE.get(cp);
      if (r === undefined) {
        r = MARK.test(String.fromCodePoint(cp)) ? false : '';
        if (r === '') for (const x of String.fromCodePoint(cp).normalize('NFKC')) r += classify(x, false);
        SINGLE.set(cp, r);
      }
      if (r === false) emit(String.fromCodePoint(cp), i);
      else if (r !== '') {
        const lastCode = r.charCodeAt(r.length - 1);
        put(r, i);
        prevDigit = lastCode >= 48 && lastCode <= 57;
      }
    }
    i = j;
  }
  return { text: out.join(''), map: map.subarray(0, len + 1).fill(n, len, len + 1) };
}

/** Reading of single code points already seen; false for a combining mark, which depends on what precedes it. */
const SINGLE = new Map<number, string | false>();

/** Plain printable ASCII (and "\n") needs no normalisation. */
const plain = (c: number) => (c >= 32 && c < 127 && c !== 38) || c === 10;

/** One normalised character as a reader reads it ('' when invisible). */
function classify(c: string, prevDigit: boolean): string {
  const cc = c.codePointAt(0)!;
  if (cc < 0x80) return c === '\r' || c === '\n' ? '\n' : c === '\t' || c === '\v' || c === '\f' ? ' ' : c;
  if (INVISIBLE.test(c)) return '';
  if (MARK.test(c)) return prevDigit ? '' : c; // a mark stacked on a digit does not change what is read
  if (ND.test(c)) return digitValue(cc);
  if (DASH.test(c)) return '-';
  if (SPACE.test(c)) return ' ';
  if (c === '\u2028' || c === '\u2029' || c === '\u0085') return '\n';
  if (c === '\u2044' || c === '\u2215') return '/';
  if (c === '\u2216') return '\\';
  return c;
}

/** What a reader reads: NFKC, invisible and format characters removed, character references decoded, all dashes "-", all spaces " ", line breaks "\n". */
export function normalizeReaderText(s: string): string {
  return readerView(s).text;
}


/**
 * Lines of the values in a JSON text, by path ("fields.3.en.label" → 57), so a metadata problem can
 * point at a line. A small scanner over valid JSON (the caller has parsed it already): strings,
 * objects and arrays are tracked, every other token is skipped.
 */

/** Map from dotted path ("" for the root) to the 1-based line where that value starts. */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: { path: string; array: boolean; index: number; key: string | null }[] = [];
  let line = 1;
  let expectKey = false;
  const here = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    const part = top.array ? String(top.index) : (top.key ?? '');
    return top.path === '' ? part : `${top.path}.${part}`;
  };
  const startValue = () => {
    const p = here();
    if (!lines.has(p)) lines.set(p, line);
    return p;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = JSON.parse(text.slice(i, j + 1)) as string;
      const top = stack.at(-1);
      if (expectKey && top && !top.array) {
        top.key = s;
        expectKey = false;
      } else startValue();
      i = j;
    } else if (c === '{' || c === '[') {
      const path = startValue();
      stack.push({ path, array: c === '[', index: 0, key: null });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top?.array) top.index++;
      else expectKey = true;
    } else if (!/[\s:]/.test(c)) {
      startValue();
      while (i + 1 < text.length && /[^\s,\]}]/.test(text[i + 1]!)) i++;
    }
  }
  return lines;
}

/** The line of a path, or of its nearest ancestor present in the text (a missing key points at its object). */
export function lineOf(lines: Map<string, number>, path: readonly PropertyKey[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const l = lines.get(path.slice(0, n).map(String).join('.'));
    if (l !== undefined) return l;
  }
  return null;
}

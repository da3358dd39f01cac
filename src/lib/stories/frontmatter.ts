/**
 * Splitting a story file into frontmatter and body, and mapping frontmatter fields to file lines.
 * Uses the `yaml` package (YAML 1.2 core schema: dates stay strings, so a date's format can be checked).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';

/** A YAML syntax error, with its 1-based line in the story file. */
export interface YamlIssue {
  line: number;
  /** The parser's own (English) description, kept short. */
  detail: string;
  /** yaml's error code, e.g. `MISSING_CHAR`, `DUPLICATE_KEY`. */
  code: string;
}

/** A story file taken apart. */
export interface StoryParts {
  /** True when the file starts with a `---` … `---` block. */
  hasFrontmatter: boolean;
  /** Parsed frontmatter as plain data (`undefined` when missing or not a mapping). */
  data: unknown;
  /** YAML syntax errors; when non-empty, `data` is unreliable. */
  yamlErrors: YamlIssue[];
  /** The body text after the closing `---`. */
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** 1-based file line of the closing `---` (the last line of the frontmatter). */
  closingLine: number;
  /** File line of a field's key, e.g. `['cover', 'alt']`; falls back to the nearest parent, then line 1. */
  lineOf(path: readonly (string | number)[]): number;
  /** The field (dotted path, e.g. `cover.alt`) whose value covers a file line, or null outside the frontmatter. */
  fieldAt(line: number): string | null;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** Splits a story into frontmatter and body the way Astro does (a `---` block at the very start). */
export function parseStory(text: string): StoryParts {
  const open = OPEN.exec(text);
  const close = open ? /^---[ \t]*(?:\r?\n|$)/m : null;
  let fmText = '';
  let body = text;
  let bodyLine = 1;
  let closingLine = 1;
  let hasFrontmatter = false;
  if (open && close) {
    const rest = text.slice(open[0].length);
    const m = close.exec(rest);
    if (m) {
      hasFrontmatter = true;
      fmText = rest.slice(0, m.index);
      body = rest.slice(m.index + m[0].length);
      closingLine = 2 + countLines(fmText);
      bodyLine = closingLine + 1;
    }
  }
  const offsetLine = 1; // frontmatter text starts on file line 2
  const lc = new LineCounter();
  const doc: Document.Parsed | null = hasFrontmatter ? parseDocument(fmText, { lineCounter: lc, prettyErrors: false, uniqueKeys: true }) : null;
  const lineAt = (offset: number) => lc.linePos(offset).line + offsetLine;

  const fmLines = fmText.split('\n');
  const yamlErrors: YamlIssue[] = (doc?.errors ?? []).map((e) => {
    const line = errorLine(fmText, e.code, e.pos[0], lineAt);
    return {
      line,
      detail: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      // A quoted value that holds the same quote inside gets its own fix (yamlHint).
      code: innerQuote(fmLines[line - 2] ?? '') ?? e.code,
    };
  });
  if (doc) yamlErrors.push(...unsafeNodes(doc, lineAt));
  let data: unknown = undefined;
  if (doc && yamlErrors.length === 0) {
    try {
      // No alias survives unsafeNodes(), so nothing can expand; the bound is a second fence.
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (e) {
      yamlErrors.push({ line: 2, detail: String((e as Error).message).slice(0, 120), code: 'TOJS_FAILED' });
    }
  }

  const lineOf = (path: readonly (string | number)[]): number => {
    if (!doc) return 1;
    let node: unknown = doc.contents;
    let line = 1;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return line;
        const key = pair.key as YamlNode;
        if (key.range) line = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as YamlNode | undefined;
        if (!item) return line;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else return line;
    }
    return line;
  };

  const fieldAt = (line: number): string | null => {
    if (!doc || line < 2 || line >= closingLine) return null;
    const walk = (node: unknown, prefix: string): string | null => {
      if (!isMap(node)) return prefix || null;
      let found: string | null = null;
      for (const p of node.items) {
        const key = p.key as YamlNode | null;
        if (!key?.range || !isScalar(key)) continue;
        const start = lineAt(key.range[0]);
        const v = p.value as YamlNode | null;
        const end = v?.range ? lineAt(Math.max(v.range[1] - 1, key.range[0])) : start;
        if (line >= start && line <= end) {
          const name = prefix ? `${prefix}.${String(key.value)}` : String(key.value);
          found = walk(v, name) ?? name;
        }
      }
      return found ?? (prefix || null);
    };
    return walk(doc.contents, '');
  };

  return { hasFrontmatter, data, yamlErrors, body, bodyLine, closingLine, lineOf, fieldAt };
}

/**
 * The YAML a story may use is plain data: keys, strings, numbers, booleans, lists. Explicit tags
 * (`!!js/function`, `!custom`, even `!!str`), anchors and aliases (`&a`, `*a`, the way to an alias
 * bomb) and unresolved tags are rejected with their line. Astro's own parser (js-yaml) reads such
 * constructs differently or fails on them, so refusing them keeps validate and build in agreement.
 */
function unsafeNodes(doc: Document.Parsed, lineAt: (offset: number) => number): YamlIssue[] {
  const out: YamlIssue[] = [];
  // One issue per kind is enough: an alias bomb has thousands of aliases.
  const once = (issue: YamlIssue) => {
    if (!out.some((o) => o.code === issue.code)) out.push(issue);
  };
  visit(doc, {
    Alias(_, n) {
      once({ line: lineAt(n.range?.[0] ?? 0), detail: `bí danh *${n.source}`, code: 'ALIAS' });
    },
    Node(_, n) {
      const at = lineAt(n.range?.[0] ?? 0);
      if (n.tag) once({ line: at, detail: `thẻ kiểu ${n.tag.replace('tag:yaml.org,2002:', '!!')}`, code: 'TAG' });
      if (n.anchor) once({ line: at, detail: `neo &${n.anchor}`, code: 'ANCHOR' });
    },
  });
  for (const w of doc.warnings) {
    if (!out.some((o) => o.code === 'TAG')) out.push({ line: lineAt(w.pos[0]), detail: w.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), code: w.code });
  }
  return out;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * `INNER_DOUBLE_QUOTE` when a line's quoted value closes before the line ends and the rest holds
 * the same quote again (`title: "Chị Hoa nói "cảm ơn""`: the value stops after "nói "),
 * `INNER_SINGLE_QUOTE` for the same with `'` (YAML's escape there is `''`), otherwise null. The
 * parser's own error for this says nothing about quotes.
 */
export function innerQuote(line: string): 'INNER_DOUBLE_QUOTE' | 'INNER_SINGLE_QUOTE' | null {
  const m = /^\s*(?:-\s+)?(?:[^\s"'#][^:#]*:\s+)?(["'])(.*)$/.exec(line);
  if (!m) return null;
  const q = m[1]!;
  const v = m[2]!;
  let i = 0;
  for (; i < v.length; i++) {
    if (q === '"' && v[i] === '\\') i++;
    else if (q === "'" && v[i] === "'" && v[i + 1] === "'") i++;
    else if (v[i] === q) break;
  }
  if (i >= v.length) return null; // not closed on this line: another error
  const rest = v.slice(i + 1).replace(/(^|\s)#.*$/, '').trim();
  if (!rest.includes(q)) return null;
  return q === '"' ? 'INNER_DOUBLE_QUOTE' : 'INNER_SINGLE_QUOTE';
}

/**
 * The line to show for a YAML error. An unclosed quote is reported by the parser where the
 * document ends; the editor needs the line where the quote was opened.
 */
function errorLine(fm: string, code: string, offset: number, lineAt: (o: number) => number): number {
  if (code === 'MISSING_CHAR' || code === 'BAD_SCALAR_START') {
    const lines = fm.slice(0, offset).split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      const quotes = (lines[i]!.match(/"/g) ?? []).length;
      if (quotes % 2 === 1) return i + 2;
    }
  }
  return lineAt(Math.min(offset, Math.max(fm.length - 1, 0)));
}

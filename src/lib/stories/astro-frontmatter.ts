/**
 * The frontmatter as Astro's build reads it, so `validate` can prove it reads the same thing.
 * @astrojs/mdx splits a story with @astrojs/markdown-remark's `parseFrontmatter` (the pattern below,
 * copied because that package's entry point loads the whole Markdown pipeline; a unit test compares
 * the two) and parses it with js-yaml. The validator parses with `yaml` for its line positions;
 * any story the two parsers or the two splitters read differently is rejected.
 */
import yaml from 'js-yaml';
import { storySchema } from '../../schemas/story';
import type { Problem } from '../validate/problem';
import type { StoryParts } from './frontmatter';

/** @astrojs/markdown-remark 6.3 `frontmatterRE`. */
export const ASTRO_FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** Astro's raw frontmatter text (from just after the opening `---`), or null when it finds none. */
export function astroRawFrontmatter(text: string): string | null {
  return ASTRO_FRONTMATTER_RE.exec(text)?.[1] ?? null;
}

const lines = (s: string) => s.split('\n').length - 1;

/**
 * Problems where Astro's build would read the story's frontmatter differently from the validator:
 * another end of the block, a js-yaml error, or values that validate differently.
 * `ours` is the validator's successful schema parse (null when it failed: nothing to compare).
 */
export function astroDisagreements(text: string, parts: StoryParts, ours: unknown, file: string): Problem[] {
  if (!parts.hasFrontmatter) return [];
  const raw = astroRawFrontmatter(text);
  const yamlError = (line: number, field: string | null, message: string): Problem[] => [{ code: 'yaml-error', file, line, field, message }];
  if (raw === null || raw.replace(/^[ \t]*\r?\n/, '') !== fmTextOf(text, parts)) {
    const end = raw === null ? 1 : lines(raw) + 1;
    return yamlError(end, null, `dòng ${end} bắt đầu bằng "---" nên Astro coi đó là chỗ kết thúc phần thông tin đầu. Sửa: dòng kết thúc chỉ gồm "---"; trong nội dung, không bắt đầu dòng bằng "---" (viết "***" cho đường kẻ ngang).`);
  }
  let theirs: unknown;
  try {
    theirs = yaml.load(raw);
  } catch (e) {
    const m = e as { reason?: string; mark?: { line: number } };
    const line = m.mark ? m.mark.line + 1 : 2;
    return yamlError(line, parts.fieldAt(line), `Astro không đọc được phần thông tin đầu (${String(m.reason ?? 'YAML').slice(0, 120)}). Sửa: đặt giá trị trong ngoặc kép, ví dụ title: "…".`);
  }
  if (ours === null) return [];
  const r = storySchema.safeParse(theirs && typeof theirs === 'object' ? theirs : {});
  const paths = r.success ? differences(ours, r.data) : r.error.issues.map((i) => i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)));
  const seen = new Set<string>();
  return paths.flatMap((path) => {
    const field = path.filter((k) => typeof k === 'string').join('.');
    if (seen.has(field)) return [];
    seen.add(field);
    return yamlError(parts.lineOf(path), field || null, `Astro đọc giá trị của "${field}" khác với trình kiểm tra (YAML hiểu nó theo hai cách, ví dụ một ngày tháng không có ngoặc kép). Sửa: đặt giá trị trong ngoặc kép, ví dụ ${field.split('.').pop()}: "…".`);
  });
}

/** Paths of the leaves where two plain values differ. */
function differences(a: unknown, b: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, Array.isArray(a) ? Number(k) : k]));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
}

/** The validator's frontmatter text: file lines 2 … closing line − 1, each with its "\n". */
function fmTextOf(text: string, parts: StoryParts): string {
  const all = text.split('\n');
  return all.slice(1, parts.closingLine - 1).map((l) => `${l}\n`).join('');
}

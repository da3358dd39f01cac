/** Reading the W3C Nu validator's JSON output (`vnu --format json`) into per-file messages. */

/** One message of the validator. */
export interface VnuMessage {
  /** Path relative to the checked folder. */
  file: string;
  line: number | null;
  column: number | null;
  /** `error` (counts), `warning` or `info`. Problems of the checker itself are `error` too. */
  level: 'error' | 'warning' | 'info';
  message: string;
  /** A short excerpt of the source around the problem. */
  extract: string | null;
}

interface RawMessage {
  type?: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  message?: string;
  extract?: string;
}

/** Turns `file:/abs/dir/a/index.html` into `a/index.html` (relative to `root`, an absolute folder path). */
export function relativeFromUrl(url: string, root: string): string {
  let path = url;
  if (url.startsWith('file:')) {
    try {
      path = decodeURIComponent(new URL(url).pathname);
    } catch {
      path = url.replace(/^file:(\/\/)?/, '');
    }
  }
  const r = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(r) ? path.slice(r.length) : path;
}

/** Parses the JSON the validator prints (on stderr) for a run over `root`. */
export function parseVnuJson(json: string, root: string): VnuMessage[] {
  const data = JSON.parse(json) as { messages?: RawMessage[] };
  return (data.messages ?? []).map((m) => {
    const level: VnuMessage['level'] = m.type === 'info' ? (m.subType === 'warning' ? 'warning' : 'info') : 'error';
    return {
      file: m.url ? relativeFromUrl(m.url, root) : '(vnu)',
      line: m.lastLine ?? m.firstLine ?? null,
      column: m.firstColumn ?? null,
      level,
      message: m.message ?? '',
      extract: m.extract ?? null,
    };
  });
}

/** `file:line:col error: message`. */
export function formatVnuMessage(m: VnuMessage): string {
  const where = [m.file, m.line, m.line !== null ? m.column : null].filter((x) => x !== null).join(':');
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : '';
  return `${where} ${m.level}: ${m.message}${extract}`;
}

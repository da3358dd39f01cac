/** Reading a Lighthouse result: which scored audits cost a category its points, and the causes behind lost performance. */

/** One audit of a result (the fields we read). */
export interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode?: string;
  displayValue?: string;
  numericValue?: number;
  errorMessage?: string;
  details?: { items?: LhrItem[] };
}

interface LhrItem {
  url?: string;
  wastedMs?: number;
  score?: number;
  node?: { snippet?: string; selector?: string };
  subItems?: { items?: { extra?: { value?: string }; cause?: string }[] };
  items?: LhrItem[];
}

/** The part of a Lighthouse result (LHR) the bench reads. */
export interface LhrLike {
  runtimeError?: { message: string };
  audits: Record<string, LhrAudit>;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
}

/**
 * A category's score (0–100) and each weighted audit below 1 that costs it points, as
 * `id (title: value, điểm n)`; null when the category scored 100 (or is missing).
 */
export function lostPoints(lhr: LhrLike, category: string): { score: number; audits: string[] } | null {
  const cat = lhr.categories[category];
  if (!cat || cat.score === 1) return null;
  const audits = cat.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a): a is LhrAudit => a !== undefined && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => `${a.id} (${a.title}${a.displayValue ? `: ${a.displayValue}` : ''}, điểm ${Math.round((a.score ?? 0) * 100)})`);
  return { score: Math.round((cat.score ?? 0) * 100), audits };
}

const short = (u?: string) => (u ? u.replace(/^https?:\/\/[^/]+/, '') : '?');

/** What Lighthouse names behind lost performance points: render-blocking files, layout shifts, the LCP element. */
export function lighthouseCauses(lhr: LhrLike): string[] {
  const a = lhr.audits;
  const out: string[] = [];
  const blocking = a['render-blocking-resources']?.details?.items ?? [];
  if (blocking.length) out.push(`chặn hiển thị: ${blocking.map((i) => `${short(i.url)} (${Math.round(i.wastedMs ?? 0)} ms)`).join(', ')}`);
  const shifts = a['layout-shifts']?.details?.items ?? [];
  if (shifts.length) {
    out.push(`xê dịch bố cục: ${shifts.slice(0, 4).map((i) => {
      const causes = (i.subItems?.items ?? []).map((s) => s.cause ?? s.extra?.value ?? '').filter(Boolean);
      return `${i.node?.selector ?? i.node?.snippet ?? '?'} ${(i.score ?? 0).toFixed(3)}${causes.length ? ` do ${causes.join(', ')}` : ''}`;
    }).join('; ')}`);
  }
  const lcpNode = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcpNode) out.push(`phần tử LCP: ${lcpNode.selector ?? lcpNode.snippet}`);
  const lcp = a['largest-contentful-paint'];
  if (lcp?.displayValue) out.push(`LCP ${lcp.displayValue}, FCP ${a['first-contentful-paint']?.displayValue ?? '?'}, TBT ${a['total-blocking-time']?.displayValue ?? '?'}, Speed Index ${a['speed-index']?.displayValue ?? '?'}`);
  return out;
}

/** A trace event as far as the frame-reporter fix needs it. */
export interface TraceEventLike {
  name: string;
  args?: Record<string, unknown>;
}

/**
 * Chromium 156 writes the args of `PipelineReporter` trace events as `frame_reporter`; Lighthouse
 * 12.2.3's trace engine (ScreenshotsHandler) reads `chrome_frame_reporter.frame_sequence` and throws,
 * which fails the RootCauses and TraceElements gatherers and six audits. Copies the args under the
 * old name where only the new one is there; returns how many events it touched.
 */
export function restoreFrameReporterArgs(events: TraceEventLike[]): number {
  let n = 0;
  for (const e of events) {
    if (e.name !== 'PipelineReporter' || !e.args) continue;
    if (e.args.chrome_frame_reporter === undefined && e.args.frame_reporter !== undefined) {
      e.args.chrome_frame_reporter = e.args.frame_reporter;
      n++;
    }
  }
  return n;
}

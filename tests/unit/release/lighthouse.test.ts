import { describe, expect, it } from 'vitest';
import { lighthouseCauses, lostPoints, restoreFrameReporterArgs, type LhrLike } from '../../../src/cli/release/lighthouse';

describe("Chromium 156's PipelineReporter args", () => {
  it('copies frame_reporter to chrome_frame_reporter on PipelineReporter events only, once', () => {
    const reporter = { frame_sequence: 14, state: 'STATE_PRESENTED_ALL' };
    const events = [
      { name: 'PipelineReporter', args: { frame_reporter: reporter } },
      { name: 'PipelineReporter', args: {} }, // the end event of the pair carries no args
      { name: 'PipelineReporter', args: { chrome_frame_reporter: { frame_sequence: 3 } } }, // an older Chromium
      { name: 'Screenshot', args: { frame_reporter: reporter } },
    ];
    expect(restoreFrameReporterArgs(events)).toBe(1);
    expect(events[0]!.args).toEqual({ frame_reporter: reporter, chrome_frame_reporter: reporter });
    expect(events[1]!.args).toEqual({});
    expect(events[2]!.args).toEqual({ chrome_frame_reporter: { frame_sequence: 3 } });
    expect(events[3]!.args).toEqual({ frame_reporter: reporter });
    expect(restoreFrameReporterArgs(events)).toBe(0);
  });
});

describe('reading a Lighthouse result', () => {
  const lhr: LhrLike = {
    audits: {
      'speed-index': { id: 'speed-index', title: 'Speed Index', score: 0.8, scoreDisplayMode: 'numeric', displayValue: '4.0 s' },
      'first-contentful-paint': { id: 'first-contentful-paint', title: 'First Contentful Paint', score: 1, scoreDisplayMode: 'numeric' },
      'color-contrast': { id: 'color-contrast', title: 'Contrast', score: 0, scoreDisplayMode: 'binary' },
      'diagnostic': { id: 'diagnostic', title: 'Weightless', score: 0, scoreDisplayMode: 'numeric' },
      'render-blocking-resources': { id: 'render-blocking-resources', title: 'Blocking', score: 0.5, details: { items: [{ url: 'http://127.0.0.1:9/_astro/a.css', wastedMs: 230.6 }] } },
    },
    categories: {
      performance: { score: 0.93, auditRefs: [{ id: 'speed-index', weight: 10 }, { id: 'first-contentful-paint', weight: 10 }, { id: 'diagnostic', weight: 0 }] },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      seo: { score: 0.9, auditRefs: [{ id: 'color-contrast', weight: 1 }] },
    },
  };

  it('names the weighted audits below 1, and nothing for a category at 100 or missing', () => {
    expect(lostPoints(lhr, 'performance')).toEqual({ score: 93, audits: ['speed-index (Speed Index: 4.0 s, điểm 80)'] });
    expect(lostPoints(lhr, 'seo')).toEqual({ score: 90, audits: ['color-contrast (Contrast, điểm 0)'] });
    expect(lostPoints(lhr, 'accessibility')).toBeNull();
    expect(lostPoints(lhr, 'best-practices')).toBeNull();
  });

  it('lists render-blocking files by path with the time they cost', () => {
    expect(lighthouseCauses(lhr)).toEqual(['chặn hiển thị: /_astro/a.css (231 ms)']);
  });
});

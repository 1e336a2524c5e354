// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lighthouseMarkdown, medianRun, readRun, type LhrLike, type LighthouseRun } from './lighthouse-report';

const lhr = (performance: number, tbt: number, contrast: number): LhrLike => ({
  categories: {
    performance: { score: performance, auditRefs: [{ id: 'total-blocking-time', weight: 30 }, { id: 'diagnostics', weight: 0 }] },
    accessibility: { score: contrast === 1 ? 1 : 0.96, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: 0.92, auditRefs: [{ id: 'is-crawlable', weight: 1 }, { id: 'canonical', weight: 1 }] },
  },
  audits: {
    'cumulative-layout-shift': { title: 'CLS', score: 1, numericValue: 0 },
    'largest-contentful-paint': { title: 'LCP', score: 1, numericValue: 812.4 },
    'total-blocking-time': { title: 'Total Blocking Time', score: tbt > 200 ? 0.7 : 1, numericValue: tbt },
    'first-contentful-paint': { title: 'FCP', score: 1, numericValue: 640 },
    diagnostics: { title: 'Diagnostics', score: 0, scoreDisplayMode: 'informative' },
    'color-contrast': { title: 'Contrast', score: contrast },
    'errors-in-console': { title: 'Console', score: 1 },
    'is-crawlable': { title: 'Crawlable', score: 1 },
    canonical: { title: 'Canonical', score: null, scoreDisplayMode: 'notApplicable' },
  },
});

describe('Lighthouse figures', () => {
  it('reads the four scores out of 100, the four metrics, and the weighted audits below full score', () => {
    const run = readRun(lhr(0.874, 260, 0));
    expect(run.scores).toEqual({ performance: 87, accessibility: 96, 'best-practices': 100, seo: 92 });
    expect(run.metrics).toEqual({ cls: 0, lcp: 812.4, tbt: 260, fcp: 640 });
    expect(run.failing.map((f) => f.id).sort()).toEqual(['color-contrast', 'total-blocking-time']);
  });

  it('takes the median of each figure over the runs, and every audit that failed in any', () => {
    const runs: LighthouseRun[] = [readRun(lhr(0.9, 300, 1)), readRun(lhr(1, 10, 1)), readRun(lhr(0.99, 40, 0))];
    const median = medianRun(runs);
    expect(median.scores.performance).toBe(99);
    expect(median.metrics.tbt).toBe(40);
    expect(median.failing.map((f) => f.id)).toEqual(['color-contrast', 'total-blocking-time']);
  });

  it('writes a table with a column per preset', () => {
    const median = medianRun([readRun(lhr(1, 20, 1))]);
    const md = lighthouseMarkdown({ date: '2026-12-01T00:00:00Z', url: 'http://127.0.0.1:4391/', runs: 1, presets: { mobile: { median, all: [median] }, desktop: { median, all: [median] } } }).join('\n');
    expect(md).toContain('| | mobile | desktop |');
    expect(md).toContain('| performance | 100 | 100 |');
    expect(md).toContain('| CLS | 0.000 | 0.000 |');
    expect(md).toContain('| TBT (ms) | 20 | 20 |');
    expect(md).toContain('Audits below full score (mobile): none.');
    expect(lighthouseMarkdown(undefined)).toEqual([]);
  });
});

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
    interactive: { title: 'TTI', score: 1, numericValue: 1210 },
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
    expect(run.metrics).toEqual({ cls: 0, lcp: 812.4, tbt: 260, fcp: 640, tti: 1210 });
    expect(run.failing.map((f) => f.id).sort()).toEqual(['color-contrast', 'total-blocking-time']);
  });

  it('takes the median of each figure over the runs, and every audit that failed in any', () => {
    const runs: LighthouseRun[] = [readRun(lhr(0.9, 300, 1)), readRun(lhr(1, 10, 1)), readRun(lhr(0.99, 40, 0))];
    const median = medianRun(runs);
    expect(median.scores.performance).toBe(99);
    expect(median.metrics.tbt).toBe(40);
    expect(median.failing.map((f) => f.id)).toEqual(['color-contrast', 'total-blocking-time']);
  });

  it('writes a row per page, scripts or not, and preset, and names the audits below full score', () => {
    const full = medianRun([readRun(lhr(1, 20, 1))]);
    const slow = medianRun([readRun(lhr(0.8, 700, 1))]);
    const md = lighthouseMarkdown({
      date: '2026-12-01T00:00:00Z',
      runs: 1,
      pages: [
        { name: 'dashboard', path: '/', scripts: true, presets: { mobile: { median: slow, all: [slow] }, desktop: { median: full, all: [full] } } },
        { name: 'dashboard', path: '/', scripts: false, presets: { mobile: { median: full, all: [full] } } },
      ],
    }).join('\n');
    expect(md).toContain('| dashboard (`/`) | mobile | 80 | 100 | 100 | 92 | 0.000 | 640 | 812 | 700 | 1210 |');
    expect(md).toContain('| dashboard (`/`) | desktop | 100 |');
    expect(md).toContain('| dashboard, scripts removed (`/`) | mobile | 100 |');
    expect(md).toContain('Below full score, dashboard, mobile: total-blocking-time (0.70)');
    expect(md).not.toContain('scripts removed), desktop');
    expect(lighthouseMarkdown(undefined)).toEqual([]);
  });

  it('shows nothing for figures of the older one-page shape', () => {
    expect(lighthouseMarkdown({ date: '2026-12-01T00:00:00Z', runs: 1 } as unknown as Parameters<typeof lighthouseMarkdown>[0])).toEqual([]);
  });
});

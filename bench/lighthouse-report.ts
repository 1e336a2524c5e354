/**
 * Lighthouse figures as bench/results.json keeps them and bench/results.md shows them: per preset
 * (mobile, desktop), the median over the runs of each category score and of CLS, LCP, TBT, FCP.
 */
import { summarize } from './stats';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const AUDITS = {
  cls: 'cumulative-layout-shift',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  fcp: 'first-contentful-paint',
} as const;

export type Preset = 'mobile' | 'desktop';
export type Category = (typeof CATEGORIES)[number];
export type AuditKey = keyof typeof AUDITS;

/** One Lighthouse run: scores 0–100, CLS unitless, the others in milliseconds. */
export interface LighthouseRun {
  scores: Record<Category, number | null>;
  metrics: Record<AuditKey, number | null>;
  /** Audits of a category that scored below 1, by id, with their title. */
  failing: { id: string; title: string; score: number }[];
}

export interface LighthouseResults {
  date: string;
  url: string;
  runs: number;
  presets: Partial<Record<Preset, { median: LighthouseRun; all: LighthouseRun[] }>>;
}

/** The shape of a Lighthouse result this module reads (a small part of `lhr`). */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number; scoreDisplayMode?: string } | undefined>;
}

export function readRun(lhr: LhrLike): LighthouseRun {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])) as Record<Category, number | null>;
  const metrics = Object.fromEntries(Object.entries(AUDITS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null])) as Record<AuditKey, number | null>;
  const ids = new Set(CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
  const failing = [...ids]
    .map((id) => ({ id, audit: lhr.audits[id] }))
    .filter(({ audit }) => audit?.score != null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
    .map(({ id, audit }) => ({ id, title: audit!.title, score: audit!.score! }));
  return { scores, metrics, failing };
}

/** Each figure's median over the runs; the failing audits of every run, once each. */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const med = (values: (number | null)[]) => summarize(values)?.median ?? null;
  const failing = new Map<string, LighthouseRun['failing'][number]>();
  for (const run of runs) for (const f of run.failing) if (!failing.has(f.id) || failing.get(f.id)!.score > f.score) failing.set(f.id, f);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, med(runs.map((r) => r.scores[c]))])) as Record<Category, number | null>,
    metrics: Object.fromEntries(Object.keys(AUDITS).map((k) => [k, med(runs.map((r) => r.metrics[k as AuditKey]))])) as Record<AuditKey, number | null>,
    failing: [...failing.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export function lighthouseMarkdown(results: LighthouseResults | undefined): string[] {
  if (!results) return [];
  const presets = (['mobile', 'desktop'] as const).filter((p) => results.presets[p]);
  const fmt = (v: number | null, digits = 0) => (v === null ? '—' : v.toFixed(digits));
  const lines = [
    '## Lighthouse (the built site, real data, prerendered)',
    '',
    `Lighthouse 12.2.3 on ${results.url}, served compressed with the site's _headers; median of ${results.runs} run(s) per preset; ${results.date.slice(0, 10)}.`,
    'Mobile: simulated Moto G Power, slow 4G, 4× CPU slowdown; desktop: Lighthouse\'s desktop preset.',
    '',
    `| | ${presets.join(' | ')} |`,
    `|---|${presets.map(() => '---|').join('')}`,
    ...CATEGORIES.map((c) => `| ${c} | ${presets.map((p) => fmt(results.presets[p]!.median.scores[c])).join(' | ')} |`),
    `| CLS | ${presets.map((p) => fmt(results.presets[p]!.median.metrics.cls, 3)).join(' | ')} |`,
    ...(['lcp', 'tbt', 'fcp'] as const).map((k) => `| ${k.toUpperCase()} (ms) | ${presets.map((p) => fmt(results.presets[p]!.median.metrics[k])).join(' | ')} |`),
    '',
  ];
  for (const p of presets) {
    const failing = results.presets[p]!.median.failing;
    lines.push(`Audits below full score (${p}): ${failing.length === 0 ? 'none' : failing.map((f) => `${f.id} (${f.score.toFixed(2)})`).join(', ')}.`);
  }
  lines.push('');
  return lines;
}

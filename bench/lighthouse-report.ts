/**
 * Lighthouse figures as bench/results.json keeps them and bench/results.md shows them: per page
 * (as built, and the same HTML with its scripts removed: the ceiling) and per preset (mobile,
 * desktop), the median over the runs of each category score and of CLS, LCP, TBT, FCP and TTI.
 */
import { summarize } from './stats';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const AUDITS = {
  cls: 'cumulative-layout-shift',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  fcp: 'first-contentful-paint',
  tti: 'interactive',
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

export interface LighthousePage {
  /** What the page is: "dashboard", "chart page", "embed". */
  name: string;
  path: string;
  /** False: the same HTML with every script and module preload removed, the ceiling the page can reach. */
  scripts: boolean;
  presets: Partial<Record<Preset, { median: LighthouseRun; all: LighthouseRun[] }>>;
}

export interface LighthouseResults {
  date: string;
  runs: number;
  pages: LighthousePage[];
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
  // Figures of an older shape (one page only) are not shown: the next run writes them again.
  if (!results || !Array.isArray(results.pages)) return [];
  const fmt = (v: number | null | undefined, digits = 0) => (v == null ? '—' : v.toFixed(digits));
  const rows = results.pages.flatMap((page) =>
    (['mobile', 'desktop'] as const)
      .filter((p) => page.presets[p])
      .map((p) => {
        const { scores, metrics } = page.presets[p]!.median;
        return `| ${page.name}${page.scripts ? '' : ', scripts removed'} (\`${page.path}\`) | ${p} | ${CATEGORIES.map((c) => fmt(scores[c])).join(' | ')} | ${fmt(metrics.cls, 3)} | ${(['fcp', 'lcp', 'tbt', 'tti'] as const).map((k) => fmt(metrics[k])).join(' | ')} |`;
      }),
  );
  const lines = [
    '## Lighthouse (the built site, real data, prerendered)',
    '',
    `Lighthouse 12.2.3, pages served compressed with the site's _headers; median of ${results.runs} run(s) per page and preset; ${results.date.slice(0, 10)}.`,
    "Mobile: simulated Moto G Power, slow 4G, 4× CPU slowdown; desktop: Lighthouse's desktop preset. “Scripts removed” is the same HTML without its scripts: what the page would score if its script cost nothing.",
    '',
    `| page | preset | ${CATEGORIES.join(' | ')} | CLS | FCP (ms) | LCP (ms) | TBT (ms) | TTI (ms) |`,
    `|---|---|${CATEGORIES.map(() => '--:|').join('')}--:|--:|--:|--:|--:|`,
    ...rows,
    '',
  ];
  for (const page of results.pages) {
    for (const p of ['mobile', 'desktop'] as const) {
      const failing = page.presets[p]?.median.failing;
      if (failing && failing.length > 0) lines.push(`Below full score, ${page.name}${page.scripts ? '' : ' (scripts removed)'}, ${p}: ${failing.map((f) => `${f.id} (${f.score.toFixed(2)})`).join(', ')}.`);
    }
  }
  lines.push('');
  return lines;
}

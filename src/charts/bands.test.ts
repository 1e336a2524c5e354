// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import postcss, { type AtRule, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { bandContext, bandFor, CHART_BANDS, type BandContext } from './bands';

const contexts = Object.keys(CHART_BANDS) as BandContext[];

describe('bandFor', () => {
  it('is the widest band not above the frame, or the narrowest under them all', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 50, max: 2000 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 3000 }), (raw, frame) => {
        const bands = [...raw].sort((a, b) => a - b);
        const shown = bandFor(bands, frame);
        expect(bands).toContain(shown);
        if (frame < bands[0]!) expect(shown).toBe(bands[0]);
        else {
          expect(shown).toBeLessThanOrEqual(frame);
          expect(bands.some((b) => b > shown && b <= frame)).toBe(false);
        }
      }),
    );
  });

  it('has bands for every place a chart is drawn, ascending, at most three', () => {
    for (const c of contexts) {
      const bands = CHART_BANDS[c];
      expect(bands.length).toBeGreaterThan(0);
      expect(bands.length).toBeLessThanOrEqual(3);
      expect([...bands].sort((a, b) => a - b)).toEqual(bands);
    }
    expect(bandContext('dashboard', false)).toBe('card');
    expect(bandContext('dashboard', true)).toBe('tile');
    expect(bandContext('page', false)).toBe('page');
    expect(bandContext('embed', false)).toBe('page');
  });

  it('never squeezes a card chart on the narrowest measured frame (262 px at 320 px) nor a tile (136 px)', () => {
    expect(CHART_BANDS.card[0]).toBeLessThanOrEqual(262);
    expect(CHART_BANDS.page[0]).toBeLessThanOrEqual(262);
    expect(CHART_BANDS.tile[0]).toBeLessThanOrEqual(136);
  });
});

/** The rules of the stylesheet, each with the container width from which it applies (0: always). */
function readBandRules() {
  const root = postcss.parse(readFileSync(new URL('../styles/chart-bands.css', import.meta.url), 'utf8'));
  const rules: { from: number; selectors: string[]; display: string }[] = [];
  let containerType: string | undefined;
  root.walkRules((rule: Rule) => {
    const parent = rule.parent;
    let from = 0;
    if (parent?.type === 'atrule') {
      const at = parent as AtRule;
      const m = /^\(min-width: (\d+)px\)$/.exec(at.params);
      if (at.name !== 'container' || !m) throw new Error(`chart-bands.css: unexpected @${at.name} ${at.params}`);
      from = Number(m[1]);
    }
    rule.walkDecls((decl) => {
      if (decl.prop === 'display') rules.push({ from, selectors: rule.selectors, display: decl.value });
      if (decl.prop === 'container-type' && rule.selector === '.chart-frame') containerType = decl.value;
    });
  });
  return { rules, containerType };
}

const parsed = readBandRules();
const bandRules = () => parsed;

/** What the stylesheet displays in a frame of one context at one width: the bands shown. */
function shownBands(context: BandContext, frame: number): number[] {
  const { rules } = bandRules();
  return CHART_BANDS[context].filter((band) => {
    let display = 'block';
    // Rules of one specificity: the later applicable one wins.
    for (const r of rules) {
      if (r.from > frame) continue;
      if (r.selectors.includes('.chart-band') || r.selectors.includes(`.chart-frame--${context} > .chart-band--${band}`)) display = r.display;
    }
    return display !== 'none';
  });
}

describe('src/styles/chart-bands.css', () => {
  it('makes the chart frame a container of its inline size', () => {
    expect(bandRules().containerType).toBe('inline-size');
  });

  it('shows exactly the band bandFor chooses, at every frame width', () => {
    const edges = contexts.flatMap((c) => CHART_BANDS[c].flatMap((b) => [b - 1, b, b + 1]));
    for (const c of contexts) for (const w of [0, ...edges, 262, 302, 332, 372, 452, 502, 1334]) expect(shownBands(c, w), `${c} at ${w}`).toEqual([bandFor(CHART_BANDS[c], w)]);
    fc.assert(
      fc.property(fc.constantFrom(...contexts), fc.integer({ min: 0, max: 2400 }), (c, w) => {
        expect(shownBands(c, w)).toEqual([bandFor(CHART_BANDS[c], w)]);
      }),
    );
  });
});

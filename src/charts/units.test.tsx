import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartImage } from './chart-image';
import { CHART_FIXTURES } from './fixtures';
import { chartHeight } from './kinds';
import { cssOffset, pxUnit, relativeUnit, xUnit } from './units';

const width = fc.double({ min: 1, max: 5000, noNaN: true });
const coordinate = fc.double({ min: -1000, max: 6000, noNaN: true });

describe('relativeUnit', () => {
  it('writes a coordinate as the percent of the laid-out width that puts it back at the same px', () => {
    fc.assert(
      fc.property(width, coordinate, (w, x) => {
        const written = relativeUnit(w)(x);
        expect(typeof written).toBe('string');
        expect(written).toMatch(/^-?\d+(\.\d+)?%$/);
        // Four decimals of a percent: within a ten-thousandth of a percent of the width.
        expect(Math.abs((parseFloat(String(written)) / 100) * w - x)).toBeLessThanOrEqual(w * 1e-6 + 1e-9);
      }),
    );
  });

  it('keeps the order of coordinates, so marks never swap sides', () => {
    fc.assert(
      fc.property(width, coordinate, coordinate, (w, a, b) => {
        const u = relativeUnit(w);
        const pa = parseFloat(String(u(a)));
        const pb = parseFloat(String(u(b)));
        if (a <= b) expect(pa).toBeLessThanOrEqual(pb);
        else expect(pa).toBeGreaterThanOrEqual(pb);
      }),
    );
  });

  it('names the width it cannot divide by', () => {
    expect(() => relativeUnit(0)).toThrow('relativeUnit: width must be a positive number, not 0');
    expect(() => relativeUnit(Number.NaN)).toThrow('not NaN');
  });

  it('px leaves a coordinate a number; xUnit picks by the units asked for', () => {
    fc.assert(
      fc.property(coordinate, (x) => {
        expect(pxUnit(x)).toBe(x);
      }),
    );
    expect(xUnit('px', 400)(120)).toBe(120);
    expect(xUnit('relative', 400)(120)).toBe('30%');
  });
});

describe('cssOffset', () => {
  it('is the same share of the frame plus the px offset', () => {
    fc.assert(
      fc.property(width, coordinate, fc.integer({ min: -40, max: 40 }), fc.double({ min: 100, max: 3000, noNaN: true }), (w, x, offset, frame) => {
        const css = cssOffset(x, w, offset);
        const m = /^(?:calc\()?(-?\d+(?:\.\d+)?)%(?: ([+-]) (\d+)px\))?$/.exec(css);
        expect(m, css).not.toBeNull();
        const [, pct, sign, px] = m ?? [];
        const at = (parseFloat(pct ?? '') / 100) * frame + (sign ? (sign === '-' ? -1 : 1) * Number(px) : 0);
        expect(at).toBeCloseTo((x / w) * frame + offset, 2);
      }),
    );
    expect(cssOffset(100, 400, -14)).toBe('calc(25% - 14px)');
    expect(cssOffset(100, 400, 18)).toBe('calc(25% + 18px)');
    expect(cssOffset(100, 400, 0)).toBe('25%');
  });
});

/** Every element of a drawing with its attributes, in document order. */
function elements(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.querySelectorAll('*')];
}

const HORIZONTAL = ['x', 'width', 'x1', 'x2', 'cx'];
const VERTICAL = ['y', 'height', 'y1', 'y2', 'cy', 'r', 'rx', 'dy'];

describe('a chart drawn in relative units', () => {
  for (const fixture of CHART_FIXTURES) {
    it(`${fixture.name}: the px drawing, each horizontal coordinate as a percent of its width`, () => {
      const { series, lang, rule } = fixture;
      const size = { width: fixture.width, height: chartHeight(series.chart, series.records.length) };
      const draw = (units: 'px' | 'relative') =>
        elements(renderToStaticMarkup(<ChartImage kind={series.chart} records={series.records} size={size} lang={lang} label="name" describedBy="d" rule={rule} units={units} />));
      const px = draw('px');
      const rel = draw('relative');

      const [svg] = rel;
      expect(svg?.getAttribute('width')).toBe('100%');
      expect(svg?.getAttribute('height')).toBe(String(size.height));
      expect(svg?.hasAttribute('viewBox')).toBe(false);
      expect(px[0]?.getAttribute('width')).toBe(String(size.width));

      // Only elements whose horizontal attributes take a percent of the frame's width.
      expect(new Set(rel.map((e) => e.tagName))).toEqual(new Set(rel.map((e) => e.tagName).filter((t) => ['svg', 'g', 'rect', 'line', 'circle', 'text', 'tspan', 'title'].includes(t))));
      expect(rel.map((e) => e.tagName)).toEqual(px.map((e) => e.tagName));

      let horizontal = 0;
      rel.slice(1).forEach((el, i) => {
        const twin = px[i + 1];
        for (const name of HORIZONTAL) {
          const value = el.getAttribute(name);
          if (value === null) continue;
          horizontal++;
          expect(value, `${el.tagName} ${name}`).toMatch(/%$/);
          expect((parseFloat(value) / 100) * size.width).toBeCloseTo(Number(twin?.getAttribute(name)), 2);
        }
        for (const name of VERTICAL) expect(el.getAttribute(name), `${el.tagName} ${name}`).toBe(twin?.getAttribute(name) ?? null);
        expect(el.textContent).toBe(twin?.textContent);
      });
      expect(horizontal).toBeGreaterThan(0);
    });
  }
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontTextWidth, exportDefaults, layoutExport, SLIDE, wrapText, type ExportLayoutInput, type MeasureText } from './export-layout';

const base: ExportLayoutInput = {
  mode: 'slide',
  chartHeight: 200,
  title: 'Nvidia’s share of China’s AI-chip market',
  subtitle: 'Share of China’s AI-chip market, %',
  legend: ['estimate: a forecast'],
  footer: ['Source: Reuters Breakingviews, 2025-01-24', 'All sectors · all years', 'Link: https://example.org/?sectors=ai'],
};

/** A font in which every character is 10 px wide at 10 px, so that widths are easy to reason about. */
const monospace: MeasureText = (text, size) => text.length * size;

describe('wrapText', () => {
  it('keeps every word, in order, on lines no wider than the measured width allows', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const lines = wrapText(text, 100, 10, monospace); // 10 characters a line
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven', 'eight nine', 'ten eleven', 'twelve']);
  });

  it('fits more narrow letters than wide ones on a line, as measured', () => {
    const narrowFirst: MeasureText = (text, size) => (text.length - 0.7 * (text.match(/i/g)?.length ?? 0)) * size;
    expect(wrapText('iiiiii iiiiii iiiiii', 100, 10, narrowFirst)).toEqual(['iiiiii iiiiii iiiiii']);
    expect(wrapText('mmmmmm mmmmmm mmmmmm', 100, 10, narrowFirst)).toEqual(['mmmmmm', 'mmmmmm', 'mmmmmm']);
  });

  it('cuts a word wider than a line', () => {
    const url = 'https://example.org/' + 'x'.repeat(60);
    const lines = wrapText(url, 100, 10, monospace);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });

  it('gives no line for empty text', () => {
    expect(wrapText('', 500, 12)).toEqual([]);
  });
});

describe('layoutExport', () => {
  it('fills a 1920×1080 slide: header on top, footer on the bottom edge, the chart between', () => {
    const layout = layoutExport(base);
    expect([layout.width, layout.height]).toEqual([SLIDE.width, SLIDE.height]);
    const { padding } = exportDefaults.slide;
    const title = layout.lines.find((l) => l.role === 'title')!;
    const lastFooter = layout.lines.filter((l) => l.role === 'footer').at(-1)!;
    expect(title.y).toBeLessThan(layout.chart.y);
    expect(lastFooter.y).toBeLessThanOrEqual(SLIDE.height - padding + 1);
    expect(lastFooter.y).toBeGreaterThan(SLIDE.height - padding - 40);
    const chartBottom = layout.chart.y + layout.chart.layoutHeight * layout.chart.scale;
    const firstBottomLine = Math.min(...layout.lines.filter((l) => l.role !== 'title' && l.role !== 'subtitle').map((l) => l.y));
    expect(chartBottom).toBeLessThan(firstBottomLine);
    // The chart is laid out afresh to fill the slide's width at its scale.
    expect(layout.chart.layoutWidth * layout.chart.scale).toBeCloseTo(SLIDE.width - 2 * padding);
    expect(layout.chart.scale).toBeGreaterThan(1);
  });

  it('grows a card export to its content, with the chart at its size on screen', () => {
    const layout = layoutExport({ ...base, mode: 'card', cardWidth: 360 });
    const { padding } = exportDefaults.card;
    expect(layout.width).toBe(360 + 2 * padding);
    expect(layout.chart).toMatchObject({ scale: 1, layoutWidth: 360, layoutHeight: 200 });
    const lastLine = layout.lines.at(-1)!;
    expect(layout.height).toBeGreaterThan(lastLine.y);
  });

  it('keeps every line inside the image whatever the text (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'slide' | 'card'>('slide', 'card'),
        fc.string({ maxLength: 200 }),
        fc.array(fc.string({ maxLength: 120 }), { maxLength: 4 }),
        fc.integer({ min: 120, max: 400 }),
        (mode, title, footer, chartHeight) => {
          const layout = layoutExport({ ...base, mode, cardWidth: 300, title, footer, chartHeight });
          for (const line of layout.lines) {
            expect(line.y).toBeGreaterThan(0);
            expect(line.y).toBeLessThanOrEqual(layout.height);
            const weight = line.role === 'title' ? 700 : 400;
            expect(line.x + fontTextWidth(line.text, line.size, weight)).toBeLessThanOrEqual(layout.width - exportDefaults[mode].padding + 1e-6);
          }
        },
      ),
    );
  });
});

describe('bounded text and chart', () => {
  it('wraps to at most maxLines lines, the last ending in an ellipsis, within the width', () => {
    const lines = wrapText('x'.repeat(50_000), 100, 10, monospace, 400, 3);
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), `${'x'.repeat(9)}…`]);
    expect(wrapText('one two three', 100, 10, monospace, 400, 3)).toEqual(['one two', 'three']);
  });

  for (const mode of ['slide', 'card'] as const) {
    it(`keeps a 50,000-character title to ${exportDefaults.maxLines.title} lines above the chart (${mode})`, () => {
      const layout = layoutExport({ ...base, mode, cardWidth: 400, title: 'x'.repeat(50_000) }, monospace);
      const title = layout.lines.filter((l) => l.role === 'title');
      expect(title).toHaveLength(exportDefaults.maxLines.title);
      expect(title.at(-1)!.text.endsWith('…')).toBe(true);
      for (const line of layout.lines) expect(monospace(line.text, line.size, 400)).toBeLessThanOrEqual(layout.width - 2 * exportDefaults[mode].padding);
      const header = layout.lines.filter((l) => l.role === 'title' || l.role === 'subtitle');
      expect(Math.max(...header.map((l) => l.y))).toBeLessThan(layout.chart.y);
    });
  }

  it('scales a chart taller than the slide into its box, clear of the header and the footer', () => {
    const layout = layoutExport({ ...base, chartHeight: 200_000 }, monospace);
    const headerBottom = Math.max(...layout.lines.filter((l) => l.role === 'title' || l.role === 'subtitle').map((l) => l.y));
    const bottomTop = Math.min(...layout.lines.filter((l) => l.role === 'legend' || l.role === 'footer').map((l) => l.y - l.size));
    expect(layout.chart.y).toBeGreaterThan(headerBottom);
    expect(layout.chart.y + layout.chart.layoutHeight * layout.chart.scale).toBeLessThanOrEqual(bottomTop);
  });
});

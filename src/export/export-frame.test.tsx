import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartImage } from '../charts/chart-image';
import { CHART_FIXTURES } from '../charts/fixtures';
import { chartHeight } from '../charts/kinds';
import { ExportFrame, layoutFor, type ChartExportInput } from './render-svg';

const roundNumbers = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
const onePerLine = (svg: string) => svg.replace(/></g, '>\n<');

/** The marks of a drawing, without the frame or the positions: what the reader sees drawn. */
const marks = (svg: string) =>
  [...svg.matchAll(/<(line|rect|circle|text)\b[^>]*class="([^"]*)"[^>]*>([^<]*)/g)]
    .map(([, tag, cls, text]) => `${tag}.${cls}${text ? ` ${text}` : ''}`)
    .filter((m) => !m.includes('export-'));

function exportInput(fixture: (typeof CHART_FIXTURES)[number]): ChartExportInput {
  const { series, lang, rule, width } = fixture;
  return {
    id: series.id,
    kind: series.chart,
    title: series.title[lang],
    subtitle: series.subtitle[lang],
    records: series.records,
    lang,
    legend: ['estimate: a forecast'],
    footer: ['Source: test', 'All sectors · all years', 'Link: https://example.org/'],
    rule,
    cardWidth: width,
  };
}

describe('each chart kind inside the export frame', () => {
  for (const fixture of CHART_FIXTURES) {
    it(`${fixture.name}: the slide draws the card's marks, rule included, within its frame`, async () => {
      const input = exportInput(fixture);
      const slide = renderToStaticMarkup(<ExportFrame input={input} layout={layoutFor(input, 'slide')} />);
      await expect(onePerLine(roundNumbers(slide))).toMatchFileSnapshot(`__snapshots__/slide-${fixture.name}.svg`);

      // At the card's own width, the export's chart body is the card's, mark for mark.
      const cardLayout = layoutFor(input, 'card');
      const card = renderToStaticMarkup(
        <ChartImage
          kind={input.kind}
          records={input.records}
          size={{ width: cardLayout.chart.layoutWidth, height: chartHeight(input.kind, input.records.length) }}
          lang={input.lang}
          label=""
          describedBy=""
          rule={input.rule}
        />,
      );
      const exported = renderToStaticMarkup(<ExportFrame input={input} layout={cardLayout} />);
      expect(marks(exported)).toEqual(marks(card));
      expect(marks(card).length).toBeGreaterThan(0);
      if (fixture.rule) expect(marks(exported).some((m) => m.startsWith('line.event-rule__line') || m.startsWith('rect.event-rule__band'))).toBe(true);
    });
  }

  it('draws a season as a band and a month as a line, on the card and in the export alike', () => {
    const byName = (name: string) => CHART_FIXTURES.find((f) => f.name === name)!;
    const band = exportInput(byName('slope-nvidia-with-event-band'));
    const line = exportInput(byName('slope-nvidia-with-event-rule'));
    const bandSvg = renderToStaticMarkup(<ExportFrame input={band} layout={layoutFor(band, 'slide')} />);
    const lineSvg = renderToStaticMarkup(<ExportFrame input={line} layout={layoutFor(line, 'slide')} />);
    expect(bandSvg).toContain('event-rule__band');
    expect(bandSvg).not.toContain('event-rule__line');
    expect(lineSvg).toContain('event-rule__line');
    expect(lineSvg).toContain('Jan 2025');
  });
});

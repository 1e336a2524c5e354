import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartImage } from './chart-image';
import { chartHeight } from './kinds';
import { CHART_FIXTURES } from './fixtures';

/** Coordinates rounded to one decimal, so that float noise does not fail a snapshot. */
const roundNumbers = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

/** One element per line, so that a snapshot diff shows which mark moved. */
const onePerLine = (svg: string) => svg.replace(/></g, '>\n<');

describe('chart kinds drawn from the checked-in fixtures', () => {
  for (const fixture of CHART_FIXTURES) {
    it(fixture.name, async () => {
      const { series, width, lang, rule } = fixture;
      const size = { width, height: chartHeight(series.chart, series.records.length) };
      const svg = renderToStaticMarkup(
        <ChartImage
          kind={series.chart}
          records={series.records}
          size={size}
          lang={lang}
          label={series.title[lang]}
          describedBy="description"
          rule={rule}
        />,
      );
      await expect(onePerLine(roundNumbers(svg))).toMatchFileSnapshot(`__snapshots__/${fixture.name}.svg`);
    });
  }
});

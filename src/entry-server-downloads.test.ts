// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { downloadFiles, type SiteData } from './entry-server';
import { makeEvent, makeRecord, makeSeries, makeSource } from './test-support/fixtures';

describe('the build’s downloads of every figure and every event', () => {
  it('write no cell a spreadsheet would run, in either language, and keep negative figures numbers', () => {
    const source = makeSource('reuters', { publication: { en: '@SUM(1+1)', vi: '+cmd' } });
    const record = makeRecord({
      series: 'hostile',
      year: 2024,
      value: -40,
      unit: 'usd-bn',
      label: { en: '=HYPERLINK("http://evil","x")', vi: '-2+3' },
      citations: [{ source: 'reuters', quote: '\t=1+1', quoteLang: 'en' }],
    });
    const data = {
      index: { updated: '2026-12-01', sources: 'sources.json', events: 'events.json', series: [] },
      series: [makeSeries([record], { id: 'hostile', title: { en: '-title', vi: '=tieu de' }, unit: 'usd-bn' })],
      events: [makeEvent('e', { precision: 'day', start: '2024-03-01' }, { title: { en: '+title', vi: '@tieu de' } })],
      sources: [source],
    } as unknown as SiteData;
    for (const lang of ['en', 'vi'] as const) {
      const { figures, events } = downloadFiles(data, lang);
      for (const csv of [figures, events]) {
        const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();
        expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !Number.isFinite(Number(c)))).toEqual([]);
      }
      expect(figures).toContain(',-40,');
      expect(figures).toContain(lang === 'en' ? '"\'=HYPERLINK(""http://evil"",""x"")"' : '"\'-2+3"');
      expect(events).toContain(lang === 'en' ? '"\'+title"' : '"\'@tieu de"');
    }
  });
});

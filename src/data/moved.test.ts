import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventsThatMoved, linksTo, seriesMovedBy } from './moved';
import type { MovedLink, TimelineEvent } from './schema';

const link = (series: string, quote = `Why ${series} moved.`): MovedLink => ({ series, citation: { source: 'ft', quote, quoteLang: 'en' } });

function event(id: string, start: string, moved?: MovedLink[]): TimelineEvent {
  return {
    id,
    date: { precision: 'month', start },
    kind: 'market',
    sectors: ['finance'],
    title: { en: id, vi: id },
    short: { en: id, vi: id },
    citations: [{ source: 'ft', quote: 'A sentence.', quoteLang: 'en' }],
    ...(moved ? { moved } : {}),
  };
}

describe('the figures an event moved', () => {
  const r1 = event('deepseek-r1', '2025-01', [link('market-shock'), link('deepseek-users'), link('market-shock', 'Another sentence.')]);
  const sellOff = event('us-stock-sell-off', '2025-01', [link('market-shock')]);
  const quiet = event('chatgpt-release', '2022-09');
  const early = event('made-in-china-2025', '2015', [link('chip-imports')]);

  it('gives the links to one series, and none for an event without links or no event', () => {
    expect(linksTo(r1, 'market-shock').map((l) => l.citation.quote)).toEqual(['Why market-shock moved.', 'Another sentence.']);
    expect(linksTo(r1, 'chip-imports')).toEqual([]);
    expect(linksTo(quiet, 'market-shock')).toEqual([]);
    expect(linksTo(undefined, 'market-shock')).toEqual([]);
  });

  it('lists the events that moved a series in date order, each with its own links', () => {
    const found = eventsThatMoved([sellOff, quiet, r1, early], 'market-shock');
    expect(found.map((e) => [e.event.id, e.links.length])).toEqual([
      ['us-stock-sell-off', 1],
      ['deepseek-r1', 2],
    ]);
    expect(eventsThatMoved([sellOff, quiet, r1, early], 'chip-imports').map((e) => e.event.id)).toEqual(['made-in-china-2025']);
    expect(eventsThatMoved([quiet], 'market-shock')).toEqual([]);
  });

  it('names each series an event moved once', () => {
    expect(seriesMovedBy(r1)).toEqual(['market-shock', 'deepseek-users']);
    expect(seriesMovedBy(quiet)).toEqual([]);
  });

  it('finds an event among those that moved a series exactly when one of its links names it', () => {
    const ids = fc.constantFrom('a', 'b', 'c');
    const arbEvent = fc
      .tuple(fc.integer({ min: 2015, max: 2030 }), fc.array(ids, { maxLength: 4 }))
      .map(([year, series]) => event(`e-${year}-${series.join('')}`, String(year), series.length ? series.map((s) => link(s)) : undefined));
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 8 }), ids, (events, series) => {
        const found = eventsThatMoved(events, series);
        expect(found.length).toBe(events.filter((e) => e.moved?.some((l) => l.series === series)).length);
        for (let i = 1; i < found.length; i++) expect(found[i - 1]!.event.date.start <= found[i]!.event.date.start).toBe(true);
        for (const f of found) expect(f.links.every((l) => l.series === series)).toBe(true);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../data/schema';
import { makeEvent } from '../test-support/fixtures';
import { eventInterval } from '../timeline/event-time';
import { sectorEventsByDate } from './sector-events';

describe('sectorEventsByDate', () => {
  it('lists the events of the chart’s sectors in date order, whatever the file’s order', () => {
    const events = [
      makeEvent('framework', { precision: 'month', start: '2025-01' }),
      makeEvent('fools-errand', { precision: 'month', start: '2024-12' }, { sectors: ['semiconductors', 'policy'] }),
      makeEvent('report', { precision: 'day', start: '2024-12-09' }),
      makeEvent('other-sector', { precision: 'year', start: '2020' }, { sectors: ['ev'] }),
      makeEvent('entity-list', { precision: 'term', start: '2017', end: '2021' }),
    ];
    expect(sectorEventsByDate(events, ['semiconductors']).map((e) => e.id)).toEqual(['entity-list', 'fools-errand', 'report', 'framework']);
  });

  it('puts the shorter of two dates that start together first, and ties by id', () => {
    const events = [
      makeEvent('b-year', { precision: 'year', start: '2025' }),
      makeEvent('z-month', { precision: 'month', start: '2025-01' }),
      makeEvent('a-month', { precision: 'month', start: '2025-01' }),
    ];
    expect(sectorEventsByDate(events, ['semiconductors']).map((e) => e.id)).toEqual(['a-month', 'z-month', 'b-year']);
  });

  it('returns every event of the sectors, each once, with no start before the one ahead of it', () => {
    const date = fc.oneof(
      fc.integer({ min: 2000, max: 2030 }).map((y): EventDate => ({ precision: 'year', start: String(y) })),
      fc
        .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]): EventDate => ({ precision: 'month', start: `${y}-${String(m).padStart(2, '0')}` })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(date, fc.boolean()), { maxLength: 30 }), (specs) => {
        const events = specs.map(([d, inSector], i) => makeEvent(`e${i}`, d, { sectors: [inSector ? 'ai' : 'ev'] }));
        const listed = sectorEventsByDate(events, ['ai']);
        expect(listed.map((e) => e.id).sort()).toEqual(events.filter((e) => e.sectors.includes('ai')).map((e) => e.id).sort());
        for (let i = 1; i < listed.length; i++) {
          expect(eventInterval(listed[i - 1]!.date).start).toBeLessThanOrEqual(eventInterval(listed[i]!.date).start);
        }
      }),
    );
  });
});

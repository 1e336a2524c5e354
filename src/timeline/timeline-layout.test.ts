import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_KINDS, type EventDate, type EventKind, type TimelineEvent } from '../data/schema';
import { eventInterval } from './event-time';
import { makeEvent } from '../test-support/fixtures';
import { hashFraction, layoutDenseTimeline, layoutTimeline, timelineDefaults, timelineDomain, type TimelineLayout } from './timeline-layout';

const ev = (id: string, kind: EventKind, date: EventDate): TimelineEvent => makeEvent(id, date, { kind });

const { margin, rowHeight, lanePadding, top, axisHeight, pointRadius, minSpanWidth, gap } = timelineDefaults;
const domain: [number, number] = [2015, 2026];
const width = 2 * margin + 770; // 70 px per year
const xOf = (t: number) => margin + (t - domain[0]) * 70;

/** Invariants every layout keeps, whatever the events. */
function checkInvariants(layout: TimelineLayout, events: readonly TimelineEvent[], w: number): void {
  expect(layout.marks).toHaveLength(events.length);
  expect(new Set(layout.lanes.map((l) => l.kind)).size).toBe(layout.lanes.length);
  expect(layout.lanes.map((l) => EVENT_KINDS.indexOf(l.kind))).toEqual(
    [...layout.lanes.map((l) => EVENT_KINDS.indexOf(l.kind))].sort((a, b) => a - b),
  );
  for (const mark of layout.marks) {
    const lane = layout.lanes.find((l) => l.kind === mark.event.kind);
    expect(lane).toBeDefined();
    // Below the lane's label line and above its bottom padding.
    expect(mark.y - rowHeight / 2).toBeGreaterThanOrEqual(lane!.y + rowHeight);
    expect(mark.y + rowHeight / 2).toBeLessThanOrEqual(lane!.y + lane!.height - lanePadding);
    expect(mark.x).toBeGreaterThanOrEqual(layout.plot.x1);
    expect(mark.x).toBeLessThanOrEqual(layout.plot.x2);
    expect(mark.x1).toBeLessThanOrEqual(mark.x2);
    expect(mark.x1).toBeGreaterThanOrEqual(0);
    expect(mark.x2).toBeLessThanOrEqual(Math.max(w, 2 * margin + 1));
  }
  // No two marks on one row overlap, nor come closer than the gap.
  const rows = new Map<number, { x1: number; x2: number }[]>();
  for (const m of layout.marks) rows.set(m.y, [...(rows.get(m.y) ?? []), m]);
  for (const row of rows.values()) {
    const sorted = [...row].sort((a, b) => a.x1 - b.x1);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x1).toBeGreaterThanOrEqual(sorted[i - 1]!.x2 + gap - 1e-9);
  }
  // Lanes stack without gaps, and the axis sits under the last one.
  let y = top;
  for (const lane of layout.lanes) {
    expect(lane.y).toBe(y);
    y += lane.height;
  }
  expect(layout.axisY).toBe(y);
  expect(layout.height).toBe(y + axisHeight);
  for (const t of layout.ticks) {
    expect(t.x).toBeGreaterThanOrEqual(layout.plot.x1);
    expect(t.x).toBeLessThanOrEqual(layout.plot.x2);
  }
}

describe('layoutTimeline', () => {
  it('gives each kind its own lane, in the order of EVENT_KINDS', () => {
    const events = [
      ev('stocks-fall', 'market', { precision: 'day', start: '2025-01-27' }),
      ev('entity-list', 'us-control', { precision: 'term', start: '2017', end: '2021' }),
      ev('deepseek-r1', 'ai-milestone', { precision: 'month', start: '2025-01' }),
    ];
    const layout = layoutTimeline(events, width, domain);
    expect(layout.lanes.map((l) => l.kind)).toEqual(['us-control', 'ai-milestone', 'market']);
    // One row of marks under each lane's label line.
    for (const lane of layout.lanes) expect(lane.height).toBe(2 * rowHeight + lanePadding);
    checkInvariants(layout, events, width);
  });

  it('puts overlapping marks of one lane on separate rows', () => {
    const events = ['a', 'b', 'c'].map((id) => ev(id, 'us-control', { precision: 'month', start: '2023-10' }));
    const layout = layoutTimeline(events, width, domain);
    const ys = layout.marks.map((m) => m.y).sort((a, b) => a - b);
    expect(ys).toEqual([0, 1, 2].map((row) => top + rowHeight + row * rowHeight + rowHeight / 2));
    expect(layout.lanes[0]!.height).toBe(4 * rowHeight + lanePadding);
    checkInvariants(layout, events, width);
  });

  it('keeps marks that do not overlap on one row', () => {
    const events = [
      ev('early', 'china-policy', { precision: 'year', start: '2015' }),
      ev('late', 'china-policy', { precision: 'day', start: '2025-03-05' }),
    ];
    const layout = layoutTimeline(events, width, domain);
    expect(new Set(layout.marks.map((m) => m.y)).size).toBe(1);
    checkInvariants(layout, events, width);
  });

  it('draws a year as a span over that year', () => {
    const layout = layoutTimeline([ev('mic', 'china-policy', { precision: 'year', start: '2015' })], width, domain);
    const m = layout.marks[0]!;
    expect(m.span).toBe(true);
    expect(m.x1).toBeCloseTo(xOf(2015));
    expect(m.x2).toBeCloseTo(xOf(2016));
    expect(m.x).toBeCloseTo(xOf(2015.5));
  });

  it('draws a month as a point at its middle, a dot wide', () => {
    const layout = layoutTimeline([ev('r1', 'ai-milestone', { precision: 'month', start: '2025-01' })], width, domain);
    const m = layout.marks[0]!;
    expect(m.span).toBe(false);
    // January is 31 of 365 days; the point sits at its middle.
    expect(m.x).toBeCloseTo(xOf(2025 + 15.5 / 365));
    expect(m.x1).toBeCloseTo(m.x - pointRadius);
    expect(m.x2).toBeCloseTo(m.x + pointRadius);
  });

  it('widens a span too short to see to the least span width, around its middle', () => {
    // At 20 px per year, a season of three months is 5 px wide.
    const narrow = 2 * margin + 220;
    const layout = layoutTimeline([ev('s', 'us-control', { precision: 'season', start: '2022-09', end: '2022-11' })], narrow, domain);
    const m = layout.marks[0]!;
    expect(m.x2 - m.x1).toBeCloseTo(minSpanWidth);
    // 1 September is day 243 of 2022, and 1 December day 334: the middle is day 288.5.
    expect(m.x).toBeCloseTo(margin + (2022 + 288.5 / 365 - 2015) * 20);
  });

  it('places a hollow claim at every date the sources give, and keeps the row free between them', () => {
    const citation = { source: 'reuters', quote: 'q', quoteLang: 'en' as const };
    const framework = makeEvent('framework', { precision: 'month', start: '2024-12' }, {
      kind: 'us-control',
      dateConflict: [
        { date: { precision: 'month', start: '2024-12' }, citation },
        { date: { precision: 'month', start: '2025-01' }, citation },
      ],
    });
    // A point in late December 2024, between the two claims' middles: it may not share the row.
    const between = ev('between', 'us-control', { precision: 'day', start: '2024-12-31' });
    const layout = layoutTimeline([framework, between], width, domain);
    const f = layout.marks.find((m) => m.event.id === 'framework')!;
    expect(f.claims).toHaveLength(2);
    expect(f.claims[0]).toBeCloseTo(xOf(2024 + (335 + 15.5) / 366));
    expect(f.claims[1]).toBeCloseTo(xOf(2025 + 15.5 / 365));
    const b = layout.marks.find((m) => m.event.id === 'between')!;
    expect(b.claims).toEqual([]);
    expect(b.y).not.toBe(f.y);
  });

  it('pins events outside the domain to its edges', () => {
    const events = [
      ev('before', 'market', { precision: 'day', start: '2010-05-01' }),
      ev('after', 'market', { precision: 'year', start: '2030' }),
    ];
    const layout = layoutTimeline(events, width, domain);
    const byId = new Map(layout.marks.map((m) => [m.event.id, m]));
    expect(byId.get('before')!.x).toBe(margin);
    expect(byId.get('after')!.x).toBeCloseTo(width - margin);
    checkInvariants(layout, events, width);
  });

  it('ticks every year when there is room, and fewer when there is not', () => {
    const wide = layoutTimeline([], width, domain);
    expect(wide.ticks.map((t) => t.text)).toEqual(Array.from({ length: 12 }, (_, i) => String(2015 + i)));
    wide.ticks.forEach((t, i) => expect(t.x).toBeCloseTo(xOf(2015 + i)));
    // 268 px hold four ticks of 56 px: every third year.
    const narrow = layoutTimeline([], 300, domain);
    expect(narrow.ticks.map((t) => t.text)).toEqual(['2015', '2018', '2021', '2024']);
  });

  it('has no lanes and only an axis without events', () => {
    const layout = layoutTimeline([], width, domain);
    expect(layout.lanes).toEqual([]);
    expect(layout.marks).toEqual([]);
    expect(layout.axisY).toBe(top);
    expect(layout.height).toBe(top + axisHeight);
    expect(layout.plot).toEqual({ x1: margin, x2: width - margin });
  });

  it('copes with a domain of a single instant', () => {
    const layout = layoutTimeline([ev('a', 'market', { precision: 'year', start: '2020' })], width, [2020, 2020]);
    expect(Number.isFinite(layout.marks[0]!.x)).toBe(true);
    checkInvariants(layout, [ev('a', 'market', { precision: 'year', start: '2020' })], width);
  });
});

describe('timelineDomain', () => {
  const events = [
    ev('a', 'market', { precision: 'month', start: '2016-03' }),
    ev('b', 'market', { precision: 'day', start: '2025-01-27' }),
  ];

  it('spans the events, out to whole years, when no year is chosen', () => {
    expect(timelineDomain(events, null, null)).toEqual([2016, 2026]);
  });

  it('uses the chosen years, to the end of the last one', () => {
    expect(timelineDomain(events, 2019, 2022)).toEqual([2019, 2023]);
    expect(timelineDomain(events, 2022, 2022)).toEqual([2022, 2023]);
  });

  it('uses the events for the open end', () => {
    expect(timelineDomain(events, 2020, null)).toEqual([2020, 2026]);
    expect(timelineDomain(events, null, 2020)).toEqual([2016, 2021]);
  });

  it('keeps a year of room when the chosen start lies after every event', () => {
    expect(timelineDomain(events, 2030, null)).toEqual([2030, 2031]);
  });

  it('starts at the chosen end when it lies before every event', () => {
    expect(timelineDomain(events, null, 2010)).toEqual([2010, 2011]);
  });

  it('falls back to a year without events', () => {
    expect(timelineDomain([], null, null)).toEqual([2025, 2026]);
    expect(timelineDomain([], null, 2019)).toEqual([2019, 2020]);
    const [start, end] = timelineDomain([], 2018, null);
    expect(start).toBe(2018);
    expect(end).toBeGreaterThanOrEqual(2019);
  });
});

const pad = (n: number) => String(n).padStart(2, '0');
const dateArb: fc.Arbitrary<EventDate> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 20 }))
    .map(([y, m, d, len]): EventDate => {
      const start = `${y}-${pad(m)}-${pad(d)}`;
      if (len > 10) return { precision: 'day', start };
      return { precision: 'day', start, end: `${y}-${pad(m)}-${pad(Math.min(28, d + len))}` };
    }),
  fc
    .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.boolean())
    .map(([y, m, len, season]): EventDate => {
      const endMonth = Math.min(12, m + len);
      const start = `${y}-${pad(m)}`;
      const end = `${y}-${pad(endMonth)}`;
      if (season) return { precision: 'season', start, end };
      return len === 0 ? { precision: 'month', start } : { precision: 'month', start, end };
    }),
  fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 0, max: 3 })).map(([y, len]): EventDate =>
    len === 0 ? { precision: 'year', start: String(y) } : { precision: 'year', start: String(y), end: String(y + len) },
  ),
  fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 8 })).map(([y, len]): EventDate => ({ precision: 'term', start: String(y), end: String(y + len) })),
);
const eventsArb = fc
  .array(fc.tuple(fc.constantFrom(...EVENT_KINDS), dateArb), { maxLength: 30 })
  .map((rows) => rows.map(([kind, date], i) => ev(`e-${i}`, kind, date)));
const yearOrNull = fc.option(fc.integer({ min: 1995, max: 2035 }), { nil: null });

describe('layoutTimeline (property)', () => {
  it('keeps every mark inside the plot, in its own lane, without overlaps on a row', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 40, max: 2000 }), yearOrNull, yearOrNull, (events, w, a, b) => {
        const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const d = timelineDomain(events, from, to);
        expect(d[0]).toBeLessThan(d[1]);
        const layout = layoutTimeline(events, w, d);
        checkInvariants(layout, events, w);
      }),
    );
  });

  it('spans every event when no year is chosen', () => {
    fc.assert(
      fc.property(eventsArb.filter((e) => e.length > 0), (events) => {
        const [start, end] = timelineDomain(events, null, null);
        expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
        for (const e of events) {
          const i = eventInterval(e.date);
          expect(i.start).toBeGreaterThanOrEqual(start);
          expect(i.end).toBeLessThanOrEqual(end);
        }
      }),
    );
  });
});

describe('layoutDenseTimeline', () => {
  it('places every event inside its own lane and the plot, the same way on every draw', () => {
    const events = Array.from({ length: 3000 }, (_, i) =>
      ev(`e-${i}`, EVENT_KINDS[i % EVENT_KINDS.length]!, { precision: 'month', start: `${2015 + (i % 11)}-${String((i % 12) + 1).padStart(2, '0')}` }),
    );
    const a = layoutDenseTimeline(events, width, domain);
    const b = layoutDenseTimeline(events, width, domain);
    expect([...a.xs]).toEqual([...b.xs]);
    expect([...a.ys]).toEqual([...b.ys]);
    expect(a.lanes.map((l) => l.kind)).toEqual([...EVENT_KINDS]);
    events.forEach((e, i) => {
      const lane = a.lanes.find((l) => l.kind === e.kind)!;
      expect(a.ys[i]).toBeGreaterThan(lane.y);
      expect(a.ys[i]).toBeLessThan(lane.y + lane.height);
      expect(a.xs[i]).toBeGreaterThanOrEqual(a.plot.x1);
      expect(a.xs[i]).toBeLessThanOrEqual(a.plot.x2);
    });
    expect(a.height).toBe(a.axisY + timelineDefaults.axisHeight);
  });

  it('puts a dot at the middle of its event’s month', () => {
    const layout = layoutDenseTimeline([ev('jan', 'market', { precision: 'month', start: '2025-01' })], width, domain);
    expect(layout.xs[0]).toBeCloseTo(xOf(2025 + 15.5 / 365));
  });
});

describe('hashFraction', () => {
  it('maps strings to [0, 1), spread out', () => {
    const values = Array.from({ length: 1000 }, (_, i) => hashFraction(`id-${i}`));
    for (const v of values) expect(v >= 0 && v < 1).toBe(true);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(600);
  });
});

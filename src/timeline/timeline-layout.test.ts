import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_KINDS, EventsFile, type EventDate, type EventKind, type Lang, type TimelineEvent } from '../data/schema';
import { eventInterval } from './event-time';
import { makeEvent } from '../test-support/fixtures';
import { timelineLabelWidth } from './text-measure';
import { domainPadding, timelineDomain } from './timeline-domain';
import { hashFraction, inCluster, layoutDenseTimeline, layoutTimeline, sameMark, timelineDefaults, type TimelineLayout } from './timeline-layout';

const ev = (id: string, kind: EventKind, date: EventDate, short = id): TimelineEvent => makeEvent(id, date, { kind, short: { en: short, vi: short } });
const REAL = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8'))).events;
const { margin, rowHeight, top, axisHeight, laneLabelHeight } = timelineDefaults;
const domain: [number, number] = [2015, 2026];
const width = 2 * margin + 770;

/** Invariants every layout keeps, whatever the events and the width. */
export function checkLabelledTimeline(layout: TimelineLayout, events: readonly TimelineEvent[], w: number, lang: Lang = 'en'): void {
  // Every event in exactly one mark, labelled with its short title or counted in a cluster.
  const ids = layout.marks.flatMap((m) => m.events.map((e) => e.id)).sort();
  expect(ids).toEqual(events.map((e) => e.id).sort());
  for (const m of layout.marks) {
    if (m.cluster) {
      expect(m.events.length).toBeGreaterThan(1);
      expect(m.label.text).toBe(lang === 'en' ? `${m.events.length} events` : `${m.events.length} sự kiện`);
    } else {
      expect(m.label.text).toBe(m.events[0]!.short[lang]);
    }
    expect(m.label.width).toBeGreaterThanOrEqual(timelineLabelWidth(m.label.text));
    const lane = layout.lanes.find((l) => l.kind === m.kind)!;
    for (const top of [m.y - rowHeight / 2, m.label.y]) expect(top).toBeGreaterThanOrEqual(lane.y + laneLabelHeight);
    for (const bottom of [m.y + rowHeight / 2, m.label.y + m.label.height]) expect(bottom).toBeLessThanOrEqual(lane.y + lane.height);
    // Inside the timeline.
    expect(m.label.x).toBeGreaterThanOrEqual(0);
    expect(m.label.x + m.label.width).toBeLessThanOrEqual(w);
    expect(m.x1).toBeGreaterThanOrEqual(0);
    expect(m.x2).toBeLessThanOrEqual(w);
  }
  // No two labels overlap, and no label covers another mark.
  const boxes = layout.marks.flatMap((m) => [
    { key: m.key, label: true, x1: m.label.x, x2: m.label.x + m.label.width, y1: m.label.y, y2: m.label.y + m.label.height },
    { key: m.key, label: false, x1: m.x1, x2: m.x2, y1: m.y - 7, y2: m.y + 7 },
  ]);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i]!;
      const q = boxes[j]!;
      if (!p.label && !q.label) continue;
      if (p.key === q.key && !(p.label && q.label)) continue;
      const overlap = p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
      expect(overlap, `${p.key} and ${q.key}`).toBe(false);
    }
  }
  // Lanes stack without gaps, in the order of EVENT_KINDS, and the axis sits under the last one.
  expect(layout.lanes.map((l) => EVENT_KINDS.indexOf(l.kind))).toEqual([...layout.lanes.map((l) => EVENT_KINDS.indexOf(l.kind))].sort((a, b) => a - b));
  let y = top;
  for (const lane of layout.lanes) {
    expect(lane.y).toBe(y);
    y += lane.height;
  }
  expect(layout.axisY).toBe(y);
  expect(layout.height).toBe(y + axisHeight);
}

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
const shortArb = fc.array(fc.string({ minLength: 1, maxLength: 24, unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyz ABCMW0129“”—ệữ’')) }), { minLength: 1, maxLength: 8 });
const yearOrNull = fc.option(fc.integer({ min: 1995, max: 2035 }), { nil: null });

describe('layoutTimeline', () => {
  for (const w of [320, 390, 768, 1440, 1920])
    for (const lang of ['en', 'vi'] as const)
      it(`labels every event of the real data at ${w} px (${lang}), without overlaps`, () => {
        // Every event labelled or counted in a cluster that names how many it holds, no two labels
        // overlapping, nothing outside the timeline. Even at 1920 px the data's January 2025 has
        // more US-control events than a lane's rows can label one by one, so clusters are allowed.
        const d = timelineDomain(REAL, null, null);
        checkLabelledTimeline(layoutTimeline(REAL, w, d, { lang }), REAL, w, lang);
      });

  it('keeps the selected event out of any cluster', () => {
    const d = timelineDomain(REAL, null, null);
    for (const e of REAL) {
      const layout = layoutTimeline(REAL, 320, d, { lang: 'en', selectedId: e.id });
      expect(layout.marks.find((m) => m.events.some((x) => x.id === e.id))!.cluster).toBe(false);
    }
  });

  it('is the layout without a selection when that layout gives the selected event a mark of its own, for any events and width (property)', () => {
    fc.assert(
      fc.property(eventsArb.filter((e) => e.length > 0), fc.integer({ min: 280, max: 1600 }), fc.nat(), fc.integer({ min: 3, max: 6 }), (events, w, pick, maxRows) => {
        const d = timelineDomain(events, null, null);
        const selectedId = events[pick % events.length]!.id;
        const plain = layoutTimeline(events, w, d, { lang: 'en', maxRows });
        const selected = layoutTimeline(events, w, d, { lang: 'en', maxRows, selectedId });
        // Never in a cluster once selected.
        expect(selected.marks.find((m) => m.events.some((e) => e.id === selectedId))!.cluster).toBe(false);
        if (inCluster(plain, selectedId)) return;
        // Elsewhere, every mark where it was: a selection changes the marks' state alone.
        expect(selected.marks.length).toBe(plain.marks.length);
        selected.marks.forEach((m, i) => expect(sameMark(m, plain.marks[i]!), m.key).toBe(true));
        expect(selected.lanes).toEqual(plain.lanes);
        expect(selected.height).toBe(plain.height);
      }),
      { numRuns: 200 },
    );
  });

  it('lays a lane out again only where the selected event was in a cluster, the other lanes as they were', () => {
    const d = timelineDomain(REAL, null, null);
    const plain = layoutTimeline(REAL, 280, d, { lang: 'en', maxRows: 3 });
    const clustered = plain.marks.find((m) => m.cluster)!;
    const id = clustered.events[0]!.id;
    expect(inCluster(plain, id)).toBe(true);
    const selected = layoutTimeline(REAL, 280, d, { lang: 'en', maxRows: 3, selectedId: id });
    expect(selected.marks.some((m) => m.key === id && !m.cluster)).toBe(true);
    // The lanes above the one laid out again keep their marks.
    for (const lane of plain.lanes.filter((l) => l.y < plain.lanes.find((x) => x.kind === clustered.kind)!.y)) {
      const before = plain.marks.filter((m) => m.kind === lane.kind);
      const after = selected.marks.filter((m) => m.kind === lane.kind);
      expect(after.map((m, i) => sameMark(m, before[i]!))).toEqual(before.map(() => true));
    }
    expect(inCluster(plain, null)).toBe(false);
  });

  it('gives each kind its own lane, in the order of EVENT_KINDS', () => {
    const events = [
      ev('stocks-fall', 'market', { precision: 'day', start: '2025-01-27' }),
      ev('entity-list', 'us-control', { precision: 'term', start: '2017', end: '2021' }),
      ev('deepseek-r1', 'ai-milestone', { precision: 'month', start: '2025-01' }),
    ];
    const layout = layoutTimeline(events, width, domain, { lang: 'en' });
    expect(layout.lanes.map((l) => l.kind)).toEqual(['us-control', 'ai-milestone', 'market']);
    checkLabelledTimeline(layout, events, width);
  });

  it('widens the crowded months of the real data and says so', () => {
    const d = timelineDomain(REAL, null, null);
    const layout = layoutTimeline(REAL, 1440, d, { lang: 'en' });
    expect(layout.widened.length).toBeGreaterThan(0);
    const last = layout.widened[layout.widened.length - 1]!;
    expect(layout.yearAt(last.x1)).toBeGreaterThan(2024);
    expect(last.factor).toBeGreaterThanOrEqual(4);
    // January 2025 (eight events) is drawn more than four times as wide as an even scale would.
    const x = layout.xAt;
    const evenMonth = (layout.plot.x2 - layout.plot.x1) / (d[1] - d[0]) / 12;
    expect(x(2025 + 31 / 365) - x(2025)).toBeGreaterThan(4 * evenMonth);
  });

  it('labels every mark without overlaps, inside the timeline, for any events and any width from 320 px (property)', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 320, max: 2400 }), yearOrNull, yearOrNull, shortArb, fc.constantFrom<Lang>('en', 'vi'), (events, w, a, b, shorts, lang) => {
        const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const named = events.map((e, i) => ({ ...e, short: { en: shorts[i % shorts.length]!, vi: shorts[(i + 1) % shorts.length]! } }));
        const d = timelineDomain(named, from, to);
        expect(d[0]).toBeLessThan(d[1]);
        const selectedId = named.length > 0 ? named[w % named.length]!.id : null;
        checkLabelledTimeline(layoutTimeline(named, w, d, { lang, selectedId }), named, w, lang);
      }),
      { numRuns: 200 },
    );
  });
});

describe('timelineDomain', () => {
  it('ends at the last event, plus a month, not a year beyond', () => {
    const [start, end] = timelineDomain(REAL, null, null);
    const lastEnd = eventInterval({ precision: 'month', start: '2025-03' }).end;
    expect(start).toBeCloseTo(2015 - domainPadding(2015, lastEnd), 6);
    expect(end).toBeCloseTo(lastEnd + domainPadding(2015, lastEnd), 6);
    // About a month and a half, not the year the axis used to run on.
    expect(end - lastEnd).toBeLessThan(0.125);
  });

  it('cuts the events’ extent to the chosen years', () => {
    expect(timelineDomain(REAL, 2019, 2021)).toEqual([2019, 2022]);
    const [, end] = timelineDomain(REAL, 2024, null);
    expect(end).toBeLessThan(2025.4);
    expect(timelineDomain(REAL, 2030, null)).toEqual([2030, 2031]);
    expect(timelineDomain([], null, null)).toEqual([2025, 2026]);
    expect(timelineDomain([], null, 2019)).toEqual([2019, 2020]);
  });

  it('spans every event when no year is chosen (property)', () => {
    fc.assert(
      fc.property(eventsArb.filter((e) => e.length > 0), (events) => {
        const [start, end] = timelineDomain(events, null, null);
        for (const e of events) {
          const i = eventInterval(e.date);
          expect(i.start).toBeGreaterThanOrEqual(start);
          expect(i.end).toBeLessThanOrEqual(end);
        }
        const first = Math.min(...events.map((e) => eventInterval(e.date).start));
        const last = Math.max(...events.map((e) => eventInterval(e.date).end));
        expect(end - last).toBeCloseTo(domainPadding(first, last));
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
    expect(layout.yearAt(layout.xs[0]!)).toBeCloseTo(2025 + 15.5 / 365, 6);
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

describe('sameMark', () => {
  const events = [...REAL].sort((a, b) => eventInterval(a.date).start - eventInterval(b.date).start || a.id.localeCompare(b.id));
  const wholeDomain = timelineDomain(events, null, null);
  const lay = (selectedId: string | null, w = 1200) => layoutTimeline(events, w, wholeDomain, { lang: 'en', selectedId });

  it('holds between the marks of the same layout made twice, though they are other objects', () => {
    const a = lay(null);
    const b = lay(null);
    expect(a.marks.length).toBe(b.marks.length);
    a.marks.forEach((m, i) => {
      expect(m).not.toBe(b.marks[i]);
      expect(sameMark(m, b.marks[i]!)).toBe(true);
    });
  });

  it('tells apart marks moved, relabelled or holding other events', () => {
    const m = lay(null).marks[0]!;
    expect(sameMark(m, { ...m, x: m.x + 1 })).toBe(false);
    expect(sameMark(m, { ...m, y: m.y + timelineDefaults.rowHeight })).toBe(false);
    expect(sameMark(m, { ...m, label: { ...m.label, x: m.label.x + 1 } })).toBe(false);
    expect(sameMark(m, { ...m, label: { ...m.label, text: `${m.label.text}!` } })).toBe(false);
    expect(sameMark(m, { ...m, leader: { x: m.x + 1, y1: m.y, y2: m.y + 1 } })).toBe(false);
    expect(sameMark(m, { ...m, events: [...m.events, events[events.length - 1]!] })).toBe(false);
    expect(sameMark(m, { ...m, claims: [...m.claims, 42] })).toBe(false);
  });

  it('leaves most marks as they were when an event is selected: only those the selection moves are drawn again', () => {
    const before = lay(null);
    const after = lay('deepseek-r1');
    const kept = after.marks.filter((m) => before.marks.some((b) => sameMark(b, m)));
    expect(kept.length).toBeGreaterThan(after.marks.length / 2);
    // The selected event's own mark is never a cluster.
    expect(after.marks.some((m) => !m.cluster && m.events[0]!.id === 'deepseek-r1')).toBe(true);
  });
});

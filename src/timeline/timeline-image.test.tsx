import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventsFile } from '../data/schema';
import { TIMELINE_FIXTURES } from './fixtures';
import { TimelineImage } from './timeline-image';

const REAL_EVENTS = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8'))).events;
const roundNumbers = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
const onePerLine = (svg: string) => svg.replace(/></g, '>\n<');

describe('TimelineImage, drawn from the checked-in events', () => {
  for (const { name, width, lang, selectedId } of TIMELINE_FIXTURES) {
    it(name, async () => {
      const svg = renderToStaticMarkup(<TimelineImage events={REAL_EVENTS} width={width} lang={lang} selectedId={selectedId} />);
      // A standalone image: named, sized, with no reference outside itself and no control in it.
      expect(svg).toMatch(new RegExp(`^<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="\\d+"`));
      expect(svg).toContain('role="img"');
      expect(svg).not.toMatch(/role="button"|tabindex|var\(--/);
      // Every event is labelled, or counted in a cluster.
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const marks = [...doc.querySelectorAll('g.event')];
      const ids = marks.flatMap((g) => g.getAttribute('data-event-ids')!.split(' '));
      expect(ids.sort()).toEqual(REAL_EVENTS.map((e) => e.id).sort());
      for (const g of marks) {
        const members = g.getAttribute('data-event-ids')!.split(' ');
        const text = g.querySelector('.event-label')!.textContent;
        if (members.length === 1) expect(text).toBe(REAL_EVENTS.find((e) => e.id === members[0])!.short[lang]);
        else expect(text).toBe(lang === 'en' ? `${members.length} events` : `${members.length} sự kiện`);
      }
      if (selectedId) expect(doc.querySelector(`g.event--selected`)!.getAttribute('data-event-ids')).toBe(selectedId);
      await expect(onePerLine(roundNumbers(svg))).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
    });
  }
});

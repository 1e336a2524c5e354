import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../data/schema';
import { makeEvent, makeSource } from '../test-support/fixtures';
import { eventsCsv, eventsCsvOmissions } from './timeline-export';

const day = (start: string): EventDate => ({ start, precision: 'day' });
const reuters = makeSource('reuters');
// In file order, not date order: the note names them by date.
const events = [
  makeEvent('e-2024', day('2024-03-01'), { title: { en: 'Rule of 2024', vi: 'Quy định năm 2024' } }),
  ...[2018, 2019, 2020, 2021, 2022, 2023].map((y) => makeEvent(`e-${y}`, day(`${y}-01-15`), { title: { en: `Event ${y}`, vi: `Sự kiện ${y}` } })),
];
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });

describe('what the timeline CSV lacks', () => {
  it('is nothing, and no row is added, when every event is in it', () => {
    expect(eventsCsvOmissions(events, events, 'en')).toEqual([]);
    expect(eventsCsv(events, [reuters], 'en', [])).toBe(eventsCsv(events, [reuters], 'en'));
  });

  it('names how many events the filters leave out and the first few, in date order', () => {
    const shown = events.filter((e) => e.id === 'e-2024');
    expect(eventsCsvOmissions(events, shown, 'en')).toEqual([
      'Not in this file: 6 events the filters leave out (Event 2018, Event 2019, Event 2020, Event 2021, Event 2022, …)',
    ]);
    expect(eventsCsvOmissions(events, events.slice(0, -1), 'en')).toEqual(['Not in this file: 1 event the filters leave out (Event 2023)']);
  });

  it('says it in Vietnamese with the Vietnamese titles', () => {
    expect(eventsCsvOmissions(events, events.slice(1), 'vi')).toEqual(['Không có trong tệp này: 1 sự kiện không khớp với bộ lọc (Quy định năm 2024)']);
  });

  it('cuts a title beyond the event-title limit', () => {
    const long = makeEvent('long', day('2017-01-01'), { title: { en: 'x'.repeat(5000), vi: 'x'.repeat(5000) } });
    const [note] = eventsCsvOmissions([long], [], 'en');
    expect(note).toBe(`Not in this file: 1 event the filters leave out (${'x'.repeat(239)}…)`);
  });

  it('is written in rows of their own after the events, starting "#", as wide as the header', () => {
    const shown = events.slice(0, 1);
    const notes = eventsCsvOmissions(events, shown, 'vi');
    const parsed = parse(eventsCsv(shown, [reuters], 'vi', notes));
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1 + shown.length + 1);
    expect(parsed.data.at(-1)![0]).toBe(`# ${notes[0]}`);
    for (const row of parsed.data) expect(row).toHaveLength(parsed.data[0]!.length);
  });
});

describe('the timeline CSV with text a spreadsheet would run', () => {
  it('writes a title, publication or quote beginning with =, +, -, @ after a single quote', () => {
    const hostile = makeEvent('hostile', day('2024-03-01'), {
      title: { en: '=HYPERLINK("http://evil","x")', vi: '@cmd' },
      citations: [{ source: 'reuters', quote: '-2+3', quoteLang: 'en' }],
    });
    const source = makeSource('reuters', { publication: { en: '+1+1', vi: '+1+1' } });
    const [, row] = parse(eventsCsv([hostile], [source], 'en')).data;
    expect(row).toContain('\'=HYPERLINK("http://evil","x")');
    expect(row).toContain("'+1+1");
    expect(row).toContain("'-2+3");
    expect(row!.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
    expect(parse(eventsCsv([hostile], [source], 'vi')).data[1]).toContain("'@cmd");
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../data/schema';
import { makeEvent, makeSource } from '../test-support/fixtures';
import { EVENT_CSV_COLUMNS, eventsCsv, eventsCsvOmissions } from './timeline-export';

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

describe('the events CSV', () => {
  const diplomat = makeSource('diplomat', { publication: { en: 'The Diplomat', vi: 'The Diplomat' } });
  const framework = makeEvent('ai-diffusion-framework', { start: '2025-01', precision: 'month', label: { en: 'January 2025', vi: 'tháng 1/2025' } }, {
    publicRecord: { date: '2025-01-13', note: { en: 'Public record, not from the articles.', vi: 'Theo hồ sơ công khai, không phải từ bài báo.' } },
    citations: [{ source: 'diplomat', quote: 'Khung kiểm soát phổ biến AI', quoteLang: 'vi', translation: { lang: 'en', text: 'AI Diffusion Framework' } }],
    dateConflict: [
      { date: { start: '2024-12', precision: 'month', label: { en: 'late 2024', vi: 'cuối năm 2024' } }, citation: { source: 'diplomat', quote: 'Q1', quoteLang: 'en' } },
      { date: { start: '2025-01-13', precision: 'day' }, citation: { source: 'reuters', quote: 'Q2', quoteLang: 'en' } },
    ],
  });
  const plain = makeEvent('plain', day('2023-05-02'));
  const rows = (lang: 'en' | 'vi') =>
    Papa.parse<Record<string, string>>(eventsCsv([framework, plain], [reuters, diplomat], lang).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  it('gives the article’s wording of the date, the public-record date and its note, every source’s date and the quote’s translation', () => {
    const [row, none] = rows('en');
    expect(row).toMatchObject({
      date_as_worded: 'January 2025',
      public_record_date: '2025-01-13',
      public_record_note: 'Public record, not from the articles.',
      date_claims: `Dec 2024, “late 2024” (The Diplomat); 13 Jan 2025 (${reuters.publication.en})`,
      translation: 'AI Diffusion Framework',
      translation_lang: 'en',
    });
    for (const column of EVENT_CSV_COLUMNS.en.slice(-6)) expect(none![column], column).toBe('');
  });

  it('writes them in Vietnamese in the Vietnamese file, under Vietnamese headers', () => {
    const [row] = rows('vi');
    expect(Object.keys(row!)).toEqual([...EVENT_CSV_COLUMNS.vi]);
    expect(EVENT_CSV_COLUMNS.vi).toHaveLength(EVENT_CSV_COLUMNS.en.length);
    expect(row).toMatchObject({
      thoi_gian_theo_bai: 'tháng 1/2025',
      ngay_theo_ho_so_cong_khai: '13/1/2025',
      ghi_chu_ho_so_cong_khai: 'Theo hồ sơ công khai, không phải từ bài báo.',
      thoi_diem_theo_tung_nguon: `tháng 12/2024, “cuối năm 2024” (The Diplomat); 13/1/2025 (${reuters.publication.vi})`,
      ban_dich: 'AI Diffusion Framework',
      ngon_ngu_ban_dich: 'tiếng Anh',
    });
  });

  it('keeps a title, a note or a quote that looks like CSV as one cell', () => {
    const tricky = makeEvent('tricky', day('2024-01-01'), {
      publicRecord: { date: '2024-01-01', note: { en: 'a, "b"\nc', vi: 'a, "b"\nc' } },
      citations: [{ source: 'reuters', quote: 'q', quoteLang: 'en', translation: { lang: 'vi', text: '"x", y' } }],
    });
    const parsed = Papa.parse<Record<string, string>>(eventsCsv([tricky], [reuters], 'en').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toMatchObject({ public_record_note: 'a, "b"\nc', translation: '"x", y' });
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

import { describe, expect, it } from 'vitest';
import { clipText, formulaTextProblems, overRecordLimit, RECORD_LIMITS, recordBoundsProblems, TEXT_LIMITS, textBoundsProblems } from './bounds';

describe('clipText', () => {
  it('leaves a text within the limit as it is', () => {
    expect(clipText('TSMC', 4)).toEqual({ text: 'TSMC', clipped: false });
  });

  it('cuts a longer text to the limit, the last character an ellipsis', () => {
    const { text, clipped } = clipText('x'.repeat(50_000), 120);
    expect(clipped).toBe(true);
    expect(Array.from(text)).toHaveLength(120);
    expect(text.endsWith('x…')).toBe(true);
  });

  it('counts characters, not UTF-16 units, and never splits one', () => {
    expect(clipText('🚢'.repeat(3), 3)).toEqual({ text: '🚢🚢🚢', clipped: false });
    expect(clipText('🚢'.repeat(4), 3).text).toBe('🚢🚢…');
  });
});

describe('record limits', () => {
  it('draw a kind up to its limit, not beyond', () => {
    expect(overRecordLimit('bars', RECORD_LIMITS.bars)).toBe(false);
    expect(overRecordLimit('bars', RECORD_LIMITS.bars + 1)).toBe(true);
  });

  it('name the first record beyond the limit, the count and the limit', () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({ year: 2000, label: { en: `Firm ${i}`, vi: `Hãng ${i}` } }));
    const [problem, ...rest] = recordBoundsProblems({ chart: 'bars', records });
    expect(rest).toEqual([]);
    expect(problem?.en).toBe(
      'records[24] (Firm 24, 2000): a bars chart draws at most 24 records; this series has 5000 (the card would show only the data table and the CSV)',
    );
    expect(problem?.vi).toContain('records[24] (Firm 24, 2000): biểu đồ bars vẽ tối đa 24 bản ghi; chuỗi số liệu này có 5000');
    expect(recordBoundsProblems({ chart: 'bars', records: records.slice(0, 24) })).toEqual([]);
  });
});

describe('textBoundsProblems', () => {
  const series = (title: string, label: string) => ({
    id: 's',
    title: { en: title, vi: 'Tiêu đề' },
    subtitle: { en: 'Sub', vi: 'Phụ' },
    records: [{ year: 2024, label: { en: 'ok', vi: label }, citations: [{ source: 'x', quote: 'q' }] }],
  });

  it('finds nothing in texts within their limits', () => {
    expect(textBoundsProblems('series', series('x'.repeat(TEXT_LIMITS.title), 'ok'))).toEqual([]);
  });

  it('names the record, the field and the language of each text too long', () => {
    const problems = textBoundsProblems('series', series('x'.repeat(50_000), 'y'.repeat(61)));
    expect(problems.map((p) => p.en)).toEqual([
      'title.en: must be at most 120 characters (got 50000)',
      'records[0] (ok, 2024).label.vi: must be at most 60 characters (got 61)',
    ]);
    expect(problems[0]?.vi).toBe('title.en: không được dài quá 120 ký tự (nhận được 50000)');
  });

  it('takes each kind of file by its own fields: an event title may be longer than a chart title', () => {
    const events = { events: [{ id: 'e', title: { en: 'x'.repeat(200), vi: 'y' }, note: { en: 'n'.repeat(801), vi: 'n' } }] };
    expect(textBoundsProblems('events', events).map((p) => p.en)).toEqual(['events[0] (e).note.en: must be at most 800 characters (got 801)']);
    expect(textBoundsProblems('index', { series: [{ id: 's', title: { en: 'x'.repeat(121), vi: 'y' } }] }).map((p) => p.en)).toEqual([
      'series[0] (s).title.en: must be at most 120 characters (got 121)',
    ]);
  });

  it('leaves fields without a limit (ids, file names, links) alone', () => {
    expect(textBoundsProblems('sources', { sources: [{ id: 's', url: `https://x/${'a'.repeat(2000)}`, file: 'f'.repeat(500) }] })).toEqual([]);
  });
});

describe('formulaTextProblems', () => {
  const series = {
    id: 's',
    title: { en: '=HYPERLINK("http://evil","x")', vi: 'Tiêu đề' },
    subtitle: { en: '-40% in a year', vi: '@cmd' },
    records: [{ year: 2024, value: -40, label: { en: '+1', vi: 'ok' }, citations: [{ source: 'x', quote: '\tq' }] }],
  };

  it('names the record, field and language of every text beginning with =, +, -, @, tab or CR', () => {
    expect(formulaTextProblems(series).map((p) => p.en)).toEqual([
      'title.en: must not begin with "=": a spreadsheet opening the CSV would run it as a formula (got "=HYPERLINK(\\"http://evil\\",\\"x\\")")',
      'subtitle.en: must not begin with a hyphen-minus "-" (write "−" for a minus sign, "–" for a dash): a spreadsheet opening the CSV would run it as a formula (got "-40% in a year")',
      'subtitle.vi: must not begin with "@": a spreadsheet opening the CSV would run it as a formula (got "@cmd")',
      'records[0] (+1, 2024).label.en: must not begin with "+": a spreadsheet opening the CSV would run it as a formula (got "+1")',
      'records[0] (+1, 2024).citations[0].quote: must not begin with a tab: a spreadsheet opening the CSV would run it as a formula (got "\\tq")',
    ]);
    expect(formulaTextProblems(series)[2]?.vi).toContain('subtitle.vi: không được bắt đầu bằng "@"');
  });

  it('leaves numbers, a minus sign, a dash and those characters inside a text alone', () => {
    const fine = { value: -40, title: { en: '−40% in a year', vi: '– a dash' }, note: { en: 'a = b + c - d @ e', vi: '“=quoted”' } };
    expect(formulaTextProblems(fine)).toEqual([]);
  });

  it('finds it at any depth of events and sources', () => {
    expect(formulaTextProblems({ sources: [{ id: 'a', publication: { en: 'ok', vi: '\rx' } }] }).map((p) => p.en.split(':')[0])).toEqual([
      'sources[0] (a).publication.vi',
    ]);
    expect(formulaTextProblems({ events: [{ id: 'e', date: { label: { en: '=1', vi: 'x' } } }] }).map((p) => p.en.split(':')[0])).toEqual([
      'events[0] (e).date.label.en',
    ]);
  });
});

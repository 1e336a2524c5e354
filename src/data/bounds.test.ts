import { describe, expect, it } from 'vitest';
import { clipText, overRecordLimit, RECORD_LIMITS, recordBoundsProblems, TEXT_LIMITS, textBoundsProblems } from './bounds';

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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, measureLabel, fitLabel, fittedMark } from './label-fit';

// A measure of 10 px a character, so that the expected lines are easy to read.
const tens = (text: string) => Array.from(text).length * 10;

describe('fitLabel', () => {
  it('leaves a label that fits on one line as it is', () => {
    expect(fitLabel('TSMC', 40, { fontSize: 13, maxLines: 2, measure: tens })).toEqual({ lines: ['TSMC'], cut: false });
  });

  it('wraps at spaces onto the lines it may take', () => {
    expect(fitLabel('Semiconductor Manufacturing Corp', 140, { fontSize: 13, maxLines: 3, measure: tens })).toEqual({
      lines: ['Semiconductor', 'Manufacturing', 'Corp'],
      cut: false,
    });
    expect(fitLabel('aa bb cc', 50, { fontSize: 13, maxLines: 2, measure: tens })).toEqual({ lines: ['aa bb', 'cc'], cut: false });
  });

  it('cuts the last line with "…" at its end, never its start', () => {
    expect(fitLabel('Semiconductor Manufacturing International Corporation', 140, { fontSize: 13, maxLines: 2, measure: tens })).toEqual({
      lines: ['Semiconductor', 'Manufacturing…'],
      cut: true,
    });
    expect(fitLabel('Semiconductor', 60, { fontSize: 13, maxLines: 1, measure: tens })).toEqual({ lines: ['Semic…'], cut: true });
  });

  it('draws nothing where not even "…" fits, and says it is cut', () => {
    expect(fitLabel('Semiconductor', 5, { fontSize: 13, maxLines: 2, measure: tens })).toEqual({ lines: [], cut: true });
  });

  it('never sets a line wider than its room; a cut text ends in "…" and starts as the text does', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 8, max: 40 }),
        (text, width, maxLines, fontSize) => {
          const { lines, cut } = fitLabel(text, width, { fontSize, maxLines });
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(measureLabel(line, fontSize)).toBeLessThanOrEqual(width);
          const words = text.split(/\s+/).filter(Boolean).join(' ');
          if (!cut) expect(lines.join(' ')).toBe(words);
          else if (lines.length > 0) {
            const shown = lines.join(' ');
            expect(shown.endsWith(ELLIPSIS)).toBe(true);
            expect(words.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
          } else expect(measureLabel(ELLIPSIS, fontSize)).toBeGreaterThan(width);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('measureLabel', () => {
  it('counts a Vietnamese capital as wide as a Latin one, and a CJK character wider', () => {
    expect(measureLabel('Đ', 13)).toBe(measureLabel('D', 13));
    expect(measureLabel('Ả', 13)).toBe(measureLabel('A', 13));
    expect(measureLabel('中', 13)).toBeGreaterThan(measureLabel('M', 13));
  });
});

describe('fittedMark', () => {
  const place = { x: 84, y: 30, anchor: 'end' as const, grow: 'middle' as const };

  it('keeps one line at its place with no title', () => {
    expect(fittedMark('TSMC', 84, place, { fontSize: 13, maxLines: 2, lineHeight: 14 })).toEqual({ x: 84, y: 30, text: 'TSMC', anchor: 'end' });
  });

  it('centres two lines on the place, and gives a cut label its whole text', () => {
    const mark = fittedMark('Semiconductor Manufacturing International Corporation', 140, place, { fontSize: 13, maxLines: 2, lineHeight: 14, measure: tens });
    expect(mark).toEqual({
      x: 84,
      y: 23,
      text: 'Semiconductor Manufacturing…',
      anchor: 'end',
      lines: ['Semiconductor', 'Manufacturing…'],
      lineHeight: 14,
      full: 'Semiconductor Manufacturing International Corporation',
    });
    const above = fittedMark('aa bb', 20, { ...place, grow: 'above' }, { fontSize: 13, maxLines: 2, lineHeight: 14, measure: tens });
    expect(above).toMatchObject({ y: 16, lines: ['aa', 'bb'] });
  });

  it('cuts a text beyond the data limit first, and keeps the whole of it as the title', () => {
    const mark = fittedMark('x'.repeat(500), 10_000, place, { fontSize: 13, maxLines: 1, lineHeight: 14, limit: 60 });
    expect(Array.from(mark.text)).toHaveLength(60);
    expect(mark.text.endsWith(ELLIPSIS)).toBe(true);
    expect(mark.full).toHaveLength(500);
  });
});

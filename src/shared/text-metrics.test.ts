// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontCharacters, FONT_WEIGHTS, NOTO_FILES, openFont, textSources } from '../../scripts/font-build';
import { ADVANCES, CHARS, UNITS_PER_EM } from './text-metrics-data';
import { advanceOf, inFont, labelRoom, textWidth, UNKNOWN_ADVANCE } from './text-metrics';

const root = join(import.meta.dirname, '../..');
/** The fonts as shipped: the page draws with these. */
const shipped = Object.fromEntries(
  FONT_WEIGHTS.map((w) => {
    const font = fontkit.create(readFileSync(join(root, `src/fonts/noto-sans-${String(w)}.woff2`)));
    if (!('layout' in font)) throw new Error('a collection, not one font');
    return [w, font];
  }),
) as Record<(typeof FONT_WEIGHTS)[number], fontkit.Font>;

/** Every string in the data's JSON files: titles, labels, quotes, names. */
function dataStrings(): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) visit(JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk(join(root, 'data'));
  return out.filter((s) => s.trim() !== '');
}
const strings = dataStrings();

describe('the metrics table', () => {
  it('holds every character the data and the words use that Noto Sans draws (else: npm run font)', () => {
    const table = new Set(Array.from(CHARS, (ch) => ch.codePointAt(0)));
    const missing = fontCharacters().filter((cp) => !table.has(cp));
    expect(missing.map((cp) => `U+${cp.toString(16).toUpperCase()}`), `not in src/shared/text-metrics-data.ts; used in ${textSources().length} files`).toEqual([]);
  });

  it('is the fonts\' own advance widths, and the shipped subsets draw every character of it', () => {
    for (const w of FONT_WEIGHTS) {
      const source = openFont(NOTO_FILES[w]);
      const font = shipped[w];
      expect(font.unitsPerEm).toBe(UNITS_PER_EM);
      expect(ADVANCES[w].length).toBe(Array.from(CHARS).length * 2);
      for (const ch of CHARS) {
        const cp = ch.codePointAt(0) ?? 0;
        expect(font.hasGlyphForCodePoint(cp), `U+${cp.toString(16)} in noto-sans-${String(w)}.woff2`).toBe(true);
        expect(advanceOf(cp, w), `U+${cp.toString(16)} at ${String(w)}`).toBe(source.glyphForCodePoint(cp).advanceWidth);
        expect(font.glyphForCodePoint(cp).advanceWidth).toBe(source.glyphForCodePoint(cp).advanceWidth);
      }
    }
  });

  it('ships no kerning or ligatures, which a sum of advances could not follow', () => {
    for (const w of FONT_WEIGHTS) {
      const features = shipped[w].availableFeatures;
      expect(features).not.toContain('kern');
      expect(features).not.toContain('liga');
    }
  });
});

describe('textWidth', () => {
  const anyText = fc.string({ unit: fc.constantFrom(...Array.from(CHARS), 'a', '≈', '中') });
  const size = fc.integer({ min: 6, max: 64 });
  const weight = fc.constantFrom(400, 600, 700);

  it('is additive over concatenation (no kerning)', () => {
    fc.assert(
      fc.property(anyText, anyText, size, weight, (a, b, s, w) => {
        expect(textWidth(a + b, s, w)).toBeCloseTo(textWidth(a, s, w) + textWidth(b, s, w), 9);
      }),
    );
  });

  it('scales with the font size and is never negative', () => {
    fc.assert(
      fc.property(anyText, size, weight, (t, s, w) => {
        expect(textWidth(t, s, w)).toBeGreaterThanOrEqual(0);
        expect(textWidth(t, s * 2, w)).toBeCloseTo(2 * textWidth(t, s, w), 9);
      }),
    );
  });

  it('matches the shipped font\'s own layout (fontkit) within 0.5 px for any piece of the data\'s text', () => {
    const piece = fc
      .tuple(fc.constantFrom(...strings), fc.nat(), fc.nat())
      .map(([s, i, j]) => {
        const chars = Array.from(s);
        const a = i % (chars.length + 1);
        return chars.slice(a, a + 1 + (j % 80)).join('');
      });
    fc.assert(
      fc.property(piece, size, fc.constantFrom(...FONT_WEIGHTS), (text, s, w) => {
        const font = shipped[w];
        const laidOut = (font.layout(text).advanceWidth / font.unitsPerEm) * s;
        const known = Array.from(text).every((ch) => inFont(ch.codePointAt(0) ?? 0));
        if (known) expect(Math.abs(textWidth(text, s, w) - laidOut)).toBeLessThanOrEqual(0.5);
        else expect(textWidth(text, s, w)).toBeGreaterThanOrEqual(laidOut - 0.5);
      }),
      { numRuns: 500 },
    );
  });

  it('takes a character the font lacks as one em, and 600 and 700 as the same weight', () => {
    expect(textWidth('≈', 10)).toBe((UNKNOWN_ADVANCE / UNITS_PER_EM) * 10);
    expect(textWidth('Đồng', 12, 700)).toBe(textWidth('Đồng', 12, 600));
    expect(textWidth('Đồng', 12, 600)).toBeGreaterThan(textWidth('Đồng', 12, 400));
  });

  it('gives a label its width rounded up and a pixel either side', () => {
    fc.assert(
      fc.property(anyText, size, (t, s) => {
        const room = labelRoom(t, s);
        expect(Number.isInteger(room)).toBe(true);
        expect(room - 2).toBeGreaterThanOrEqual(textWidth(t, s));
        expect(room - 2 - textWidth(t, s)).toBeLessThan(1);
      }),
    );
  });
});

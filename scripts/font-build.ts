/**
 * The page's one font, made from Noto Sans (`@expo-google-fonts/noto-sans`): `npm run font` writes
 *
 * - `src/fonts/noto-sans-400.woff2`, `noto-sans-600.woff2`: the Latin + Vietnamese subset (see
 *   `fontCharacters`), no hinting, only the layout features that place Vietnamese marks (no kerning,
 *   no ligatures: a text is then exactly as wide as the sum of its advance widths);
 * - `src/shared/text-metrics-data.ts`: every subset character's advance width per weight, the one
 *   table the build and the browser measure text with (`src/shared/text-metrics.ts`);
 * - `src/fonts.css`: the faces, `font-display: optional`, and fallback faces over Arial (or its metric
 *   twins Liberation Sans and Arimo) and DejaVu Sans whose `size-adjust` and ascent/descent/line-gap
 *   overrides make the fallback take the room Noto Sans will take, so the swap moves nothing.
 *
 * The outputs are committed, so that the dev server, the tests and the build need no step; a unit
 * test (`src/shared/text-metrics.test.ts`) fails when the data or the messages use a character the
 * subset lacks, or when the table differs from the font.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fontDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'));

/** The weights shipped: regular, and semibold (drawn for 600 and 700 alike). */
export const FONT_WEIGHTS = [400, 600] as const;
export const NOTO_FILES: Record<(typeof FONT_WEIGHTS)[number], string> = {
  400: join(fontDir, '400Regular/NotoSans_400Regular.ttf'),
  600: join(fontDir, '600SemiBold/NotoSans_600SemiBold.ttf'),
};

/** Features kept in the subset: composition, local forms and the placing of combining marks. */
const KEEP_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk'];

/**
 * Fixed ranges, whatever the data says: printable ASCII, Latin-1, the Vietnamese letters outside
 * them and their combining tone marks, and the punctuation, currency and arrows the text uses.
 * A name or quote added to the data in Vietnamese or a Western European language is then drawn
 * in the font without a new subset; the data's own characters are added to these.
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x102, 0x103],
  [0x110, 0x111],
  [0x128, 0x129],
  [0x152, 0x153],
  [0x168, 0x169],
  [0x1a0, 0x1a1],
  [0x1af, 0x1b0],
  [0x300, 0x303],
  [0x309, 0x309],
  [0x323, 0x323],
  [0x1ea0, 0x1ef9],
  [0x2013, 0x2014],
  [0x2018, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2032, 0x2033],
  [0x20ab, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2248, 0x2248],
  [0x2264, 0x2265],
];

/** Files whose text the page draws: the data, and the interface's words. */
export function textSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) files.push(path);
    }
  };
  walk(join(root, 'data'));
  files.push(join(root, 'src/i18n/messages-en.ts'), join(root, 'src/i18n/messages-vi.ts'));
  return files;
}

/** Code points the text sources use, beyond the control characters. */
export function usedCodePoints(): Set<number> {
  const used = new Set<number>();
  for (const file of textSources()) for (const ch of readFileSync(file, 'utf8')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x20 && cp !== 0x7f) used.add(cp);
  }
  return used;
}

export function openFont(path: string): fontkit.Font {
  const font = fontkit.openSync(path);
  if (!('layout' in font)) throw new Error(`${path}: a font collection, not one font`);
  return font;
}

/** The subset's code points: the ranges and every character the text uses that Noto Sans draws. */
export function fontCharacters(): number[] {
  const regular = openFont(NOTO_FILES[400]);
  const chars = new Set<number>();
  for (const [a, b] of RANGES) for (let cp = a; cp <= b; cp += 1) chars.add(cp);
  for (const cp of usedCodePoints()) if (regular.hasGlyphForCodePoint(cp)) chars.add(cp);
  return [...chars].filter((cp) => regular.hasGlyphForCodePoint(cp)).sort((a, b) => a - b);
}

/** Advance widths in font units, in the order of `chars`, for one weight. */
export function advances(font: fontkit.Font, chars: readonly number[]): number[] {
  return chars.map((cp) => font.glyphForCodePoint(cp).advanceWidth);
}

/** A table as TypeScript source: the characters as one string, advances as base-36 pairs. */
export function metricsSource(chars: readonly number[]): string {
  const fonts = FONT_WEIGHTS.map((w) => openFont(NOTO_FILES[w]));
  const upm = fonts[0]?.unitsPerEm ?? 1000;
  const packed = fonts.map((font) =>
    advances(font, chars)
      .map((a) => {
        if (a < 0 || a >= 36 * 36) throw new Error(`an advance of ${String(a)} units does not fit two base-36 digits`);
        return a.toString(36).padStart(2, '0');
      })
      .join(''),
  );
  // Literal characters, but for the quote, the backslash, invisible spaces and combining marks.
  const literal = (cp: number) => cp !== 0x27 && cp !== 0x5c && cp !== 0xa0 && cp !== 0xad && (cp < 0x300 || cp > 0x36f);
  const text = chars.map((cp) => (literal(cp) ? String.fromCodePoint(cp) : `\\u{${cp.toString(16)}}`)).join('');
  return [
    '// Generated by scripts/font-build.ts (`npm run font`) from Noto Sans: do not edit.',
    '/** Font units per em. */',
    `export const UNITS_PER_EM = ${String(upm)};`,
    '/** Above and below the baseline, in font units: the box a browser gives a line of text. */',
    `export const ASCENT = ${String(fonts[0]?.ascent ?? 0)};`,
    `export const DESCENT = ${String(-(fonts[0]?.descent ?? 0))};`,
    '/** The subset\'s characters, in code point order. */',
    `export const CHARS = '${text}';`,
    '/** Per weight, each character\'s advance width in font units as two base-36 digits. */',
    'export const ADVANCES = {',
    ...FONT_WEIGHTS.map((w, i) => `  ${String(w)}: '${packed[i] ?? ''}',`),
    '} as const;',
    '',
  ].join('\n');
}

interface Fallback {
  name: string;
  locals: Record<(typeof FONT_WEIGHTS)[number], string[]>;
  /** Where this machine has the font, to read its metrics. */
  files: Record<(typeof FONT_WEIGHTS)[number], string>;
}

const FALLBACKS: Fallback[] = [
  {
    name: 'Noto Sans Fallback Arial',
    locals: { 400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo'], 600: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold'] },
    files: { 400: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 600: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf' },
  },
  {
    name: 'Noto Sans Fallback DejaVu',
    locals: { 400: ['DejaVu Sans', 'DejaVuSans'], 600: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
    files: { 400: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 600: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  },
];

/** Width of the text in em, character by character, from each font's own advances. */
function emWidth(font: fontkit.Font, counts: ReadonlyMap<number, number>): number {
  let units = 0;
  for (const [cp, n] of counts) if (font.hasGlyphForCodePoint(cp)) units += font.glyphForCodePoint(cp).advanceWidth * n;
  return units / font.unitsPerEm;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * A fallback face: scaled so the text the page draws (the data and the words, by frequency) is as
 * wide as in Noto Sans, and its lines as high.
 */
export function fallbackFaces(counts: ReadonlyMap<number, number>): string {
  const faces: string[] = [];
  for (const fallback of FALLBACKS) {
    for (const w of FONT_WEIGHTS) {
      const file = fallback.files[w];
      if (!existsSync(file)) throw new Error(`${file}: not found; the fallback metrics are computed from it (apt-get install fonts-liberation fonts-dejavu-core)`);
      const noto = openFont(NOTO_FILES[w]);
      const other = openFont(file);
      const common = new Map([...counts].filter(([cp]) => other.hasGlyphForCodePoint(cp) && noto.hasGlyphForCodePoint(cp)));
      const size = emWidth(noto, common) / emWidth(other, common);
      const upm = noto.unitsPerEm;
      faces.push(
        [
          '@font-face {',
          `  font-family: '${fallback.name}';`,
          `  src: ${fallback.locals[w].map((n) => `local('${n}')`).join(', ')};`,
          `  font-weight: ${w === 400 ? '400' : '600 700'};`,
          `  size-adjust: ${pct(size)};`,
          `  ascent-override: ${pct(noto.ascent / upm / size)};`,
          `  descent-override: ${pct(-noto.descent / upm / size)};`,
          `  line-gap-override: ${pct(noto.lineGap / upm / size)};`,
          '}',
        ].join('\n'),
      );
    }
  }
  return faces.join('\n\n');
}

/** The stack every text of the page is set in. */
export const FONT_STACK = `'Noto Sans', ${FALLBACKS.map((f) => `'${f.name}'`).join(', ')}, sans-serif`;

export function fontsCss(counts: ReadonlyMap<number, number>): string {
  const faces = FONT_WEIGHTS.map((w) =>
    [
      '@font-face {',
      "  font-family: 'Noto Sans';",
      `  src: url('./fonts/noto-sans-${String(w)}.woff2') format('woff2');`,
      `  font-weight: ${w === 400 ? '400' : '600 700'};`,
      '  font-style: normal;',
      // "optional": Noto Sans is drawn when it is at hand by the first layout (cached, or arriving
      // within the browser's short block period), else the size-adjusted fallback stays for the
      // page's life. A swap after first paint would re-wrap headings and paragraphs whose words
      // fall a little differently (measured: CLS 0.004 with "swap"); the charts' text is laid out
      // from the font's metrics either way, and the exports embed it.
      '  font-display: optional;',
      '}',
    ].join('\n'),
  );
  return [
    '/* Generated by scripts/font-build.ts (`npm run font`): do not edit. */',
    ...faces,
    fallbackFaces(counts),
    // Widths are sums of advance widths (src/shared/text-metrics.ts): no kerning, no ligatures.
    `:root {\n  --font-text: ${FONT_STACK};\n  font-kerning: none;\n  font-variant-ligatures: none;\n}`,
    '',
  ].join('\n\n');
}

/** How often each code point occurs in the text the page draws. */
export function characterCounts(): Map<number, number> {
  const counts = new Map<number, number>();
  for (const file of textSources()) {
    // Indentation and the files' own syntax are not text the page draws.
    for (const ch of readFileSync(file, 'utf8').replace(/\n\s+/g, '\n')) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= 0x20 && cp !== 0x7f && !'{}[]":,'.includes(ch)) counts.set(cp, (counts.get(cp) ?? 0) + 1);
    }
  }
  return counts;
}

async function main() {
  const chars = fontCharacters();
  const text = String.fromCodePoint(...chars);
  for (const w of FONT_WEIGHTS) {
    const subset = await subsetFont(readFileSync(NOTO_FILES[w]), text, { targetFormat: 'woff2', keepFeatures: KEEP_FEATURES, noHinting: true });
    const out = join(root, `src/fonts/noto-sans-${String(w)}.woff2`);
    writeFileSync(out, subset);
    console.log(`${out}: ${String(subset.length)} bytes, ${String(chars.length)} characters`);
  }
  writeFileSync(join(root, 'src/shared/text-metrics-data.ts'), metricsSource(chars));
  writeFileSync(join(root, 'src/fonts.css'), fontsCss(characterCounts()));
  const missing = [...usedCodePoints()].filter((cp) => !chars.includes(cp));
  if (missing.length > 0) console.warn(`Noto Sans has no glyph for ${missing.map((cp) => `U+${cp.toString(16).toUpperCase()}`).join(', ')}: drawn in a fallback font`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

/**
 * The social cards (`og:image`) as PNG, drawn at build time without a browser: the export's SVG,
 * under the page's stylesheet as resvg reads it, in Noto Sans (which covers Vietnamese), measured
 * for wrapping with that same font.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import type { MeasureText } from '../src/export/export-layout';

const fontDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'));
const FONT_FILES: Record<number, string> = {
  400: '400Regular/NotoSans_400Regular.ttf',
  600: '600SemiBold/NotoSans_600SemiBold.ttf',
  700: '700Bold/NotoSans_700Bold.ttf',
};
const ITALIC = '400Regular_Italic/NotoSans_400Regular_Italic.ttf';
const fontPaths = [...Object.values(FONT_FILES), ITALIC].map((file) => join(fontDir, file));

const fonts = new Map<number, fontkit.Font>();
function fontFor(weight: number): fontkit.Font {
  const nearest = weight >= 700 ? 700 : weight >= 600 ? 600 : 400;
  let font = fonts.get(nearest);
  if (!font) {
    const opened = fontkit.openSync(join(fontDir, FONT_FILES[nearest] ?? ''));
    if (!('layout' in opened)) throw new Error(`${FONT_FILES[nearest] ?? ''}: a font collection, not one font`);
    fonts.set(nearest, (font = opened));
  }
  return font;
}

/** Text width in the font the card is drawn in, as the browser's canvas measures it on the page. */
export const measureWithFont: MeasureText = (text, size, weight) => {
  const font = fontFor(weight);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
};

/** The SVG with the stylesheet in it, rasterised at its own size. */
export function socialPng(svg: string, stylesheet: string): Buffer {
  const styled = svg.replace(/^<svg[^>]*>/, (open) => `${open}<style>${stylesheet}</style>`);
  const resvg = new Resvg(styled, { font: { fontFiles: fontPaths, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } });
  return resvg.render().asPng();
}

/**
 * The social cards (`og:image`) as PNG, drawn at build time without a browser: the export's SVG,
 * under the page's stylesheet as resvg reads it, in Noto Sans (which covers Vietnamese), measured
 * for wrapping with the same advance widths the page and its exports measure with.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { MeasureText } from '../src/export/export-layout';
import { textWidth } from '../src/shared/text-metrics';

const fontDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'));
// The page's two weights: a title set at 700 is drawn in semibold, as on the page and in its exports.
const fontPaths = ['400Regular/NotoSans_400Regular.ttf', '600SemiBold/NotoSans_600SemiBold.ttf', '400Regular_Italic/NotoSans_400Regular_Italic.ttf'].map((file) => join(fontDir, file));

/** Text width in Noto Sans from the shared table of advance widths: what the page's exports measure. */
export const measureWithFont: MeasureText = (text, size, weight) => textWidth(text, size, weight);

/** The SVG with the stylesheet in it, rasterised at its own size. */
export function socialPng(svg: string, stylesheet: string): Buffer {
  const styled = svg.replace(/^<svg[^>]*>/, (open) => `${open}<style>${stylesheet}</style>`);
  const resvg = new Resvg(styled, { font: { fontFiles: fontPaths, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } });
  return resvg.render().asPng();
}

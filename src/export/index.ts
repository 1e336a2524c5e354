/**
 * Export, loaded only when a reader asks for one (dynamic import), so that it never weighs on the
 * first load. Every format is drawn from the same export layout.
 */
import type { Source } from '../data/schema';
import { chartCsv } from './csv';
import { buildDeck, type DeckInput } from './deck';
import { svgToPng } from './rasterize';
import { renderExportSvg, type ChartExportInput, type ExportTheme } from './render-svg';

export type { ChartExportInput, DeckInput, ExportTheme };
export type ChartExportFormat = 'png-slide' | 'png-2x' | 'svg' | 'clipboard' | 'csv';

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The PNG of a chart at slide size (always on a light background, as slides are) or at 2× its card. */
export async function chartPng(input: ChartExportInput, size: 'slide' | 'card', theme: ExportTheme): Promise<Blob> {
  const { svg, layout } = renderExportSvg(input, size, size === 'slide' ? 'light' : theme);
  return svgToPng(svg, layout.width, layout.height, size === 'slide' ? 1 : 2);
}

export async function exportChart(
  format: Exclude<ChartExportFormat, 'clipboard'>,
  input: ChartExportInput,
  sources: readonly Source[] | undefined,
  theme: ExportTheme,
  fileName: string,
): Promise<void> {
  switch (format) {
    case 'png-slide':
      return saveBlob(await chartPng(input, 'slide', theme), fileName);
    case 'png-2x':
      return saveBlob(await chartPng(input, 'card', theme), fileName);
    case 'svg': {
      const { svg } = renderExportSvg(input, 'card', theme);
      return saveBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), fileName);
    }
    case 'csv':
      return saveBlob(new Blob([chartCsv(input.records, sources, input.lang)], { type: 'text/csv;charset=utf-8' }), fileName);
  }
}

/** Puts the chart on the clipboard as a PNG. Throws the browser's own refusal, for the reader to see. */
export async function copyChart(input: ChartExportInput, theme: ExportTheme): Promise<void> {
  if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
    throw new Error('this browser cannot put images on the clipboard');
  }
  // The item is given a promise, so that Safari keeps the user's gesture while the PNG is drawn.
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': chartPng(input, 'card', theme) })]);
}

export async function exportDeck(input: DeckInput, fileName: string): Promise<void> {
  saveBlob(await buildDeck(input), fileName);
}

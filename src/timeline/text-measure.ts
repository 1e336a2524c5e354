/** Widths of label text, in px. The layout takes one of these as an argument, so it stays pure. */
export type MeasureText = (text: string) => number;

/** The size labels are drawn at (see `.timeline .event-label` in styles.css). */
export const LABEL_FONT_SIZE = 12;

const NARROW = new Set(Array.from('il|!.,:;\'’`ıfjtr()[] '));
const WIDE = new Set(Array.from('mwMW@%—…'));

/**
 * A conservative estimate, where no canvas is at hand (tests, Node, export in a worker): wider
 * than the usual sans-serif fonts draw the text, so that labels laid out with it do not overlap
 * when drawn.
 */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.36;
    else if (WIDE.has(ch)) em += 0.95;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else if (ch >= '0' && ch <= '9') em += 0.62;
    else em += 0.6;
  }
  return Math.ceil(em * fontSize) + 2;
}

/**
 * Measures with a canvas in the font the labels are drawn in, taken from `element`'s computed
 * style; falls back to the estimate where the browser gives no canvas. Results are kept per text.
 */
export function canvasTextMeasure(element: Element | null, fontSize = LABEL_FONT_SIZE): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context || !element) return (text) => estimateTextWidth(text, fontSize);
  const style = getComputedStyle(element);
  context.font = `${fontSize}px ${style.fontFamily || 'sans-serif'}`;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      // A pixel either side: anti-aliasing draws a little beyond the advance width.
      w = Math.ceil(context.measureText(text).width) + 2;
      cache.set(text, w);
    }
    return w;
  };
}

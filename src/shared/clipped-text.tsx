import { clipText } from '../data/bounds';

/**
 * A data file's text as shown: whole within `max` characters; beyond it cut with an ellipsis, the
 * whole text in a tooltip. CSS lets either break anywhere, so it never runs out of its box.
 */
export function ClippedText({ text, max }: { text: string; max: number }) {
  const shown = clipText(text, max);
  return shown.clipped ? <span title={text}>{shown.text}</span> : <>{text}</>;
}

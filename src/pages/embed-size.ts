/** The message an embed page sends its parent whenever its height changes, so that the frame can fit it. */
export interface EmbedSizeMessage {
  type: 'china-tech-race:embed-size';
  /** The series the embed shows, so that a page with several embeds knows which frame to resize. */
  series: string;
  height: number;
}

export function isEmbedSizeMessage(data: unknown): data is EmbedSizeMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'china-tech-race:embed-size';
}

/** Tells the parent page the embed's height, now and on every change; returns a stop function. */
export function reportEmbedSize(win: Window, series: string): () => void {
  if (win.parent === win) return () => undefined;
  let last = -1;
  const report = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedSizeMessage = { type: 'china-tech-race:embed-size', series, height };
    // The height is no secret: any page that frames the chart may know it.
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(win.document.documentElement);
  report();
  return () => observer.disconnect();
}

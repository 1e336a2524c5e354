/**
 * Code loaded on demand that did not arrive. After a redeploy, a page loaded before it asks for
 * hashed chunks the deploy removed: the import fails, and will keep failing until the page is
 * reloaded. Such a failure is told apart from a fault in the code, so that the part the reader
 * used can say so, with a Reload button, and the rest of the page keep working.
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(`code for this part of the page did not load (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = 'ChunkLoadError';
  }
}

/** Errors Vite's preload helper reported through `vite:preloadError`. */
const reported = new WeakSet<object>();

// What browsers say when a dynamic import's request fails (Chromium, Firefox, Safari), and Vite's
// preload helper when a chunk's CSS does not arrive.
const LOAD_FAILURE = /dynamically imported module|Importing a module script failed|Unable to preload|error loading dynamically imported/i;

export function isChunkLoadError(error: unknown): boolean {
  if (error instanceof ChunkLoadError) return true;
  if (typeof error === 'object' && error !== null && reported.has(error)) return true;
  return error instanceof Error && LOAD_FAILURE.test(error.message);
}

/**
 * Runs a dynamic import; its failure becomes a `ChunkLoadError`. Only the import is wrapped: a
 * fault in what the loaded code then does is not mistaken for a missing chunk.
 */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw error instanceof ChunkLoadError ? error : new ChunkLoadError(error);
  });
}

/**
 * Listens for `vite:preloadError`, which Vite fires when a chunk's dependency fails to load:
 * the error is marked as a missing chunk, and left to reject the import, where the part of the
 * page that asked for it says so.
 */
export function watchPreloadErrors(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('vite:preloadError', (event) => {
    const payload = (event as Event & { payload?: unknown }).payload;
    if (typeof payload === 'object' && payload !== null) reported.add(payload);
  });
}

/**
 * Whether a failed import's file is gone from the server (404 or 410), rather than out of reach
 * (offline): asked again, once, of the address the browser names in its message. Where the
 * browser names none, or the server cannot be reached, the answer is no.
 */
export async function chunkIsGone(error: unknown, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  const cause = error instanceof ChunkLoadError ? error.cause : error;
  const url = cause instanceof Error ? /\bhttps?:\/\/\S+/.exec(cause.message)?.[0] : undefined;
  if (!url) return false;
  try {
    const answer = await fetchImpl(url, { method: 'HEAD', cache: 'no-store' });
    return answer.status === 404 || answer.status === 410;
  } catch {
    return false;
  }
}

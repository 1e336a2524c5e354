import { describe, expect, it } from 'vitest';
import { ChunkLoadError, chunkIsGone, isChunkLoadError, loadChunk, watchPreloadErrors } from './chunk-error';

describe('isChunkLoadError', () => {
  it("knows each browser's words for a dynamic import that did not arrive, and nothing else", () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/a-1.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/assets/a-1.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/a-1.css'))).toBe(true);
    expect(isChunkLoadError(new Error('layout failed: width is NaN'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });
});

describe('loadChunk', () => {
  it('turns the failure of the import into a ChunkLoadError that keeps its cause, and passes a success through', async () => {
    const cause = new TypeError('Load failed');
    const error: unknown = await loadChunk(() => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChunkLoadError);
    expect((error as ChunkLoadError).cause).toBe(cause);
    expect(isChunkLoadError(error)).toBe(true);
    await expect(loadChunk(() => Promise.resolve(42))).resolves.toBe(42);
  });
});

describe('watchPreloadErrors', () => {
  it("marks the error of Vite's vite:preloadError event as a missing chunk, and leaves it to reject the import", () => {
    const target = new EventTarget();
    watchPreloadErrors(target);
    const payload = new Error('net::ERR_ABORTED');
    expect(isChunkLoadError(payload)).toBe(false);
    const event = Object.assign(new Event('vite:preloadError', { cancelable: true }), { payload });
    target.dispatchEvent(event);
    expect(isChunkLoadError(payload)).toBe(true);
    expect(event.defaultPrevented).toBe(false);
  });
});

describe('chunkIsGone', () => {
  const failed = new ChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:1/assets/messages-vi-old.js'));
  const answering = (status: number) => ((url: string, init?: RequestInit) => {
    expect(url).toBe('http://127.0.0.1:1/assets/messages-vi-old.js');
    expect(init?.method).toBe('HEAD');
    return Promise.resolve(new Response(null, { status }));
  }) as typeof fetch;

  it('is yes when the server says the file is not there', async () => {
    expect(await chunkIsGone(failed, answering(404))).toBe(true);
    expect(await chunkIsGone(failed, answering(410))).toBe(true);
  });

  it('is no when the file is there, the server cannot be reached, or the browser named no address', async () => {
    expect(await chunkIsGone(failed, answering(200))).toBe(false);
    expect(await chunkIsGone(failed, (() => Promise.reject(new TypeError('Failed to fetch'))))).toBe(false);
    expect(await chunkIsGone(new TypeError('Importing a module script failed.'), answering(404))).toBe(false);
  });
});

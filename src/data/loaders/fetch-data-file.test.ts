import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DataFileError } from '../validate';
import { fetchDataFile } from './fetch-data-file';
import { shouldRetry } from './query-client';

const Schema = z.object({ n: z.number() });

/** A fetch whose answers the test gives by hand, one request at a time. */
function manualFetch() {
  const pending: { url: string; answer: (body: string, status?: number) => void; signal: AbortSignal | undefined }[] = [];
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    const signal = init?.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason as Error));
      pending.push({ url, signal, answer: (body, status = 200) => resolve(new Response(body, { status })) });
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, pending };
}

/** Lets the promise queue run, so that queued requests reach fetch. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDataFile', () => {
  it('sends at most six requests at once, and the next as soon as one is answered', async () => {
    const { fetchMock, pending } = manualFetch();
    const results = Array.from({ length: 10 }, (_, i) => fetchDataFile(`series/s${i}.json`, Schema));
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(6);
    pending[0]!.answer('{"n": 1}');
    await expect(results[0]).resolves.toEqual({ n: 1 });
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(7);
    for (const p of pending.slice(1)) p.answer('{"n": 2}');
    await settle();
    for (const p of pending.slice(7)) p.answer('{"n": 3}');
    await expect(Promise.all(results)).resolves.toHaveLength(10);
  });

  it('passes the caller’s abort through as an abort, not as a data error', async () => {
    const { pending } = manualFetch();
    const controller = new AbortController();
    const result = fetchDataFile('series/a.json', Schema, controller.signal);
    await settle();
    expect(pending).toHaveLength(1);
    controller.abort();
    const error: unknown = await result.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DataFileError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('names the file and the time allowed when no answer comes', async () => {
    manualFetch();
    const error: unknown = await fetchDataFile('series/slow.json', Schema, undefined, 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).file).toBe('series/slow.json');
    expect((error as DataFileError).problemsIn('en')).toEqual(['no answer within 0.1 seconds']);
    expect((error as DataFileError).transient).toBe(false);
  });

  it('marks a server error as worth one retry, and a missing file not', async () => {
    const { pending } = manualFetch();
    const missing = fetchDataFile('series/missing.json', Schema).catch((e: unknown) => e);
    const failing = fetchDataFile('series/failing.json', Schema).catch((e: unknown) => e);
    await settle();
    pending[0]!.answer('not here', 404);
    pending[1]!.answer('oops', 503);
    const [notFound, serverError] = (await Promise.all([missing, failing])) as DataFileError[];
    expect(notFound!.problemsIn('en')).toEqual(['file not found (HTTP 404)']);
    expect(shouldRetry(0, notFound)).toBe(false);
    expect(serverError!.problemsIn('en')).toEqual(['server error (HTTP 503)']);
    expect(shouldRetry(0, serverError)).toBe(true);
    expect(shouldRetry(1, serverError)).toBe(false);
    expect(shouldRetry(0, new Error('a bug'))).toBe(false);
  });

  it('loads a schema given as a loader only once the file has arrived, and names the field it refuses', async () => {
    const { pending } = manualFetch();
    const load = vi.fn(() => Promise.resolve(Schema));
    const result = fetchDataFile('series/late.json', load).catch((e: unknown) => e);
    await settle();
    expect(load).not.toHaveBeenCalled();
    pending[0]!.answer('{"n": "one"}');
    const error = (await result) as DataFileError;
    expect(load).toHaveBeenCalledTimes(1);
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.problemsIn('en')).toEqual(['n: Invalid input: expected number, received string (got "one")']);
  });

  it('reports a schema that could not be loaded as a failed request, worth one retry', async () => {
    const { pending } = manualFetch();
    const result = fetchDataFile('series/a.json', () => Promise.reject(new Error('Failed to fetch dynamically imported module'))).catch((e: unknown) => e);
    await settle();
    pending[0]!.answer('{"n": 1}');
    const error = (await result) as DataFileError;
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.problemsIn('en')).toEqual(['the request failed (Failed to fetch dynamically imported module)']);
    expect(shouldRetry(0, error)).toBe(true);
  });
});

import { dehydrate, QueryClient } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedFiles, useFileResult, useFileResults, useLoadedFile, type FileQuery } from './file-store';

afterEach(() => {
  cleanup();
  seedFiles(undefined);
});

/** A page's embedded data, as the build writes it: TanStack Query's dehydrated cache. */
function embedded(files: Record<string, unknown>) {
  const client = new QueryClient();
  for (const [file, data] of Object.entries(files)) client.setQueryData(['data', file], data);
  return dehydrate(client);
}

const never = vi.fn<FileQuery['queryFn']>(() => new Promise(() => {}));
const options = (file: string): FileQuery => ({ queryKey: ['data', file], queryFn: never });

describe('the data files a page embeds', () => {
  it('are read at once, in the first render, and not fetched', () => {
    seedFiles(embedded({ 'index.json': { series: ['a'] } }));
    const { result } = renderHook(() => useFileResult<{ series: string[] }>('index.json', options));
    expect(result.current.data).toEqual({ series: ['a'] });
    expect(result.current.isError).toBe(false);
    expect(never).not.toHaveBeenCalled();
  });

  it('leave a file the page does not have, or whose name is not known yet, without data', () => {
    seedFiles(embedded({ 'index.json': {} }));
    const { result } = renderHook(() => [useFileResult('series/other.json', options), useFileResult(undefined, options)]);
    expect(result.current.map((r) => r.data)).toEqual([undefined, undefined]);
    expect(result.current.map((r) => r.isError)).toEqual([false, false]);
  });

  it('give the same list of results from render to render while none of them changes', () => {
    seedFiles(embedded({ 'a.json': 1, 'b.json': 2 }));
    const files = ['a.json', 'b.json'];
    const { result, rerender } = renderHook(() => useFileResults<number>(files, options));
    const first = result.current;
    expect(first.map((r) => r.data)).toEqual([1, 2]);
    rerender();
    expect(result.current).toBe(first);
  });

  it('are read by a component that never fetches, and replaced when the next page is seeded', () => {
    seedFiles(embedded({ 'index.json': 'first' }));
    const { result } = renderHook(() => useLoadedFile(['data', 'index.json']));
    expect(result.current).toBe('first');
    act(() => seedFiles(embedded({ 'index.json': 'second' })));
    expect(result.current).toBe('second');
    act(() => seedFiles(undefined));
    expect(result.current).toBeUndefined();
  });

  it('fetch a file the page does not have, through the query library, and say when it failed', async () => {
    seedFiles(embedded({ 'index.json': {} }));
    const fetched = (file: string): FileQuery => ({ queryKey: ['data', file], queryFn: () => (file === 'ok.json' ? Promise.resolve(42) : Promise.reject(new Error(`${file}: HTTP 404`))) });
    const { result } = renderHook(() => [useFileResult<number>('ok.json', fetched), useFileResult<number>('gone.json', fetched)]);
    await waitFor(() => expect(result.current[0]?.data).toBe(42));
    await waitFor(() => expect(result.current[1]?.isError).toBe(true));
    expect(result.current[1]?.error?.message).toBe('gone.json: HTTP 404');
  });
});

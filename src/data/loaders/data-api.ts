import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { parseDataFile } from '../validate';
import { fetchDataFile } from './fetch-data-file';

/**
 * The three ways the app reads one kind of data file, made in one place: a fetch function, the
 * query options (cache key and fetch), and a hook that waits while the file's name is not known.
 */
export function dataFileApi<S extends z.ZodType, T = z.infer<S>>(schema: S, select: (parsed: z.infer<S>) => T = (parsed) => parsed as T) {
  const fetchFile = async (file: string, signal?: AbortSignal): Promise<T> => select(await fetchDataFile(file, schema, signal));
  const options = (file: string) => queryOptions({ queryKey: ['data', file], queryFn: ({ signal }) => fetchFile(file, signal) });
  const useFile = (file: string | undefined) => useQuery({ ...options(file ?? ''), enabled: file !== undefined });
  /** The query's value for a file already read (at build time), validated as a fetched one is. */
  const fromJson = (file: string, json: unknown): T => select(parseDataFile(schema, file, json));
  return { fetchFile, queryOptions: options, useFile, fromJson };
}

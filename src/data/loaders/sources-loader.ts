import { queryOptions, useQuery } from '@tanstack/react-query';
import { SourcesFile } from '../schema';
import { fetchDataFile } from './fetch-data-file';

export const fetchSources = async (file: string, signal?: AbortSignal) =>
  (await fetchDataFile(file, SourcesFile, signal)).sources;

export const sourcesQueryOptions = (file: string) =>
  queryOptions({ queryKey: ['data', file], queryFn: ({ signal }) => fetchSources(file, signal) });

/** `file` comes from the index; the query waits until it is known. */
export const useSources = (file: string | undefined) =>
  useQuery({ ...sourcesQueryOptions(file ?? ''), enabled: file !== undefined });

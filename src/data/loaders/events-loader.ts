import { queryOptions, useQuery } from '@tanstack/react-query';
import { EventsFile } from '../schema';
import { fetchDataFile } from './fetch-data-file';

export const fetchEvents = async (file: string, signal?: AbortSignal) =>
  (await fetchDataFile(file, EventsFile, signal)).events;

export const eventsQueryOptions = (file: string) =>
  queryOptions({ queryKey: ['data', file], queryFn: ({ signal }) => fetchEvents(file, signal) });

/** `file` comes from the index; the query waits until it is known. */
export const useEvents = (file: string | undefined) =>
  useQuery({ ...eventsQueryOptions(file ?? ''), enabled: file !== undefined });

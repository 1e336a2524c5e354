import { queryOptions, useQuery } from '@tanstack/react-query';
import { SeriesFile } from '../schema';
import { fetchDataFile } from './fetch-data-file';

export const fetchSeries = (file: string, signal?: AbortSignal) => fetchDataFile(file, SeriesFile, signal);

export const seriesQueryOptions = (file: string) =>
  queryOptions({ queryKey: ['data', file], queryFn: ({ signal }) => fetchSeries(file, signal) });

export const useSeries = (file: string) => useQuery(seriesQueryOptions(file));

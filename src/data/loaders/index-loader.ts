import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataIndex } from '../schema';
import { fetchDataFile } from './fetch-data-file';

export const INDEX_FILE = 'index.json';

export const fetchDataIndex = (signal?: AbortSignal) => fetchDataFile(INDEX_FILE, DataIndex, signal);

export const dataIndexQueryOptions = () =>
  queryOptions({ queryKey: ['data', INDEX_FILE], queryFn: ({ signal }) => fetchDataIndex(signal) });

export const useDataIndex = () => useQuery(dataIndexQueryOptions());

import { dataFileApi } from './data-api';

export const seriesApi = dataFileApi('SeriesFile');
export const seriesQueryOptions = seriesApi.queryOptions;

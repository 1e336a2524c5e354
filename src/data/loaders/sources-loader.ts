import { dataFileApi } from './data-api';

export const sourcesApi = dataFileApi('SourcesFile', (file) => file.sources);
/** `file` comes from the index; the query waits until it is known. */
export const useSources = sourcesApi.useFile;

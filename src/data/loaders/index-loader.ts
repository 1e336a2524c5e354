import { dataFileApi } from './data-api';

export const INDEX_FILE = 'index.json';

export const indexApi = dataFileApi('DataIndex');
export const useDataIndex = () => indexApi.useFile(INDEX_FILE);

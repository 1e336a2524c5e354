import { dataFileApi } from './data-api';

export const eventsApi = dataFileApi('EventsFile', (file) => file.events);
/** `file` comes from the index; the query waits until it is known. */
export const useEvents = eventsApi.useFile;

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as Schemas from '../schema';
import { codeNotLoaded } from '../problems';

/** What each of the four kinds of data file parses to, by the name of its schema. */
interface ParsedFiles {
  DataIndex: z.infer<typeof Schemas.DataIndex>;
  SeriesFile: z.infer<typeof Schemas.SeriesFile>;
  EventsFile: z.infer<typeof Schemas.EventsFile>;
  SourcesFile: z.infer<typeof Schemas.SourcesFile>;
}
export type SchemaName = keyof ParsedFiles;
type Parsed<K extends SchemaName> = ParsedFiles[K];

/**
 * The ways the app reads one kind of data file, made in one place: a fetch function, the query
 * options (cache key and fetch), and a hook that waits while the file's name is not known.
 * The fetching code and the schema load with the first file fetched: data the build embedded in
 * the page was validated then (`fromJson` in `read-data-file.ts`) and is not validated again.
 */
export function dataFileApi<K extends SchemaName, T = Parsed<K>>(schemaName: K, select: (parsed: Parsed<K>) => T = (parsed) => parsed as T) {
  const schema = (): Promise<z.core.$ZodType> => import('../schema').then((m) => m[schemaName]);
  const fetchFile = async (file: string, signal?: AbortSignal): Promise<T> => {
    const { fetchDataFile } = await import('./fetch-data-file').catch((error: unknown) => {
      throw codeNotLoaded(file, error);
    });
    return select((await fetchDataFile(file, schema, signal)) as Parsed<K>);
  };
  const options = (file: string) => queryOptions({ queryKey: ['data', file], queryFn: ({ signal }) => fetchFile(file, signal) });
  const useFile = (file: string | undefined) => useQuery({ ...options(file ?? ''), enabled: file !== undefined });
  return { schemaName, select, fetchFile, queryOptions: options, useFile };
}

export type DataFileApi<K extends SchemaName, T> = ReturnType<typeof dataFileApi<K, T>>;

import type { DataTag } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as Schemas from '../schema';
import { codeNotLoaded } from '../problems';
import { loadedFile, useFileResult, useLoadedFile } from './file-store';

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
 * options (cache key and fetch), a hook that waits while the file's name is not known, and one
 * that reads the file only if the page has it. The fetching code and the schema load with the
 * first file fetched: data the build embedded in the page was validated then (`fromJson` in
 * `read-data-file.ts`) and is not validated again. The hooks read the embedded data without the
 * query library, which loads with the first file fetched (`file-store.ts`).
 */
export function dataFileApi<K extends SchemaName, T = Parsed<K>>(schemaName: K, select: (parsed: Parsed<K>) => T = (parsed) => parsed as T) {
  const schema = (): Promise<z.core.$ZodType> => import('../schema').then((m) => m[schemaName]);
  const fetchFile = async (file: string, signal?: AbortSignal): Promise<T> => {
    const { fetchDataFile } = await import('./fetch-data-file').catch((error: unknown) => {
      throw codeNotLoaded(file, error);
    });
    return select((await fetchDataFile(file, schema, signal)) as Parsed<K>);
  };
  // The key typed with its data, as TanStack Query's `queryOptions` does, for the build's cache and a chart page's queries.
  const queryKey = (file: string) => ['data', file] as unknown as DataTag<readonly ['data', string], T, Error>;
  const options = (file: string) => ({ queryKey: queryKey(file), queryFn: ({ signal }: { signal: AbortSignal }) => fetchFile(file, signal) });
  const useFile = (file: string | undefined) => useFileResult<T>(file, options);
  const useLoaded = (file: string) => useLoadedFile(queryKey(file)) as T | undefined;
  const loaded = (file: string) => loadedFile(queryKey(file)) as T | undefined;
  return { schemaName, select, fetchFile, queryOptions: options, useFile, useLoaded, loaded };
}

export type DataFileApi<K extends SchemaName, T> = ReturnType<typeof dataFileApi<K, T>>;

import type { z } from 'zod';
import * as schemas from '../schema';
import { parseDataFile } from '../validate';
import type { DataFileApi, SchemaName } from './data-api';

/**
 * A data file already read (at build time) as the query's value, validated as a fetched one is.
 * The build embeds only what passed, so the page does not validate it again.
 */
export function fromJson<K extends SchemaName, T>(api: DataFileApi<K, T>, file: string, json: unknown): T {
  const schema: z.core.$ZodType = schemas[api.schemaName];
  return api.select(parseDataFile(schema, file, json) as Parameters<DataFileApi<K, T>['select']>[0]);
}

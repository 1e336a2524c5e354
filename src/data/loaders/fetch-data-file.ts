import type { z } from 'zod';
import { DataFileError, parseDataFile, parseJsonText } from '../validate';

/** How long a data file may take before the card says so. */
export const DATA_TIMEOUT_MS = 8000;

export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).toString();
}

/**
 * Fetches one file of `data/` and validates it. Every failure becomes a DataFileError that names
 * the file and what is wrong, in words for the reader of the card.
 */
export async function fetchDataFile<S extends z.ZodType>(file: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const timeout = AbortSignal.timeout(DATA_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal: combined });
  } catch (error) {
    if (timeout.aborted) throw new DataFileError(file, [`no answer within ${DATA_TIMEOUT_MS / 1000} seconds`]);
    if (signal?.aborted) throw error;
    throw new DataFileError(file, [`the request failed (${(error as Error).message})`]);
  }
  if (!response.ok) {
    const what = response.status === 404 ? 'file not found' : response.status >= 500 ? 'server error' : 'request refused';
    throw new DataFileError(file, [`${what} (HTTP ${response.status})`]);
  }
  const text = await response.text();
  return parseDataFile(schema, file, parseJsonText(file, text));
}

import pLimit from 'p-limit';
import type { z } from 'zod';
import { codeNotLoaded, DataFileError, parseJsonText } from '../problems';

/** How long a data file may take before the card says so. */
export const DATA_TIMEOUT_MS = 6000;

declare global {
  interface Window {
    /** Set before the app starts (a host page, a test) to change how long a data file may take. */
    dashboardDataTimeoutMs?: number;
  }
}

function dataTimeoutMs(): number {
  const configured = typeof window === 'undefined' ? undefined : window.dashboardDataTimeoutMs;
  return typeof configured === 'number' && configured > 0 ? configured : DATA_TIMEOUT_MS;
}

export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).toString();
}

/**
 * At most this many data files are requested at once, so that a file's time limit runs from when
 * its request is sent, not from when it joined the browser's queue (hundreds of files at scale).
 */
const requests = pLimit(6);

/** A schema, or how to load it: the page loads the validation code with the first file it fetches. */
export type SchemaSource<S extends z.core.$ZodType> = S | (() => Promise<S>);

/**
 * Fetches one file of `data/` and validates it. Every failure becomes a DataFileError that names
 * the file and what is wrong, in words for the reader of the card; an abort by the caller stays one.
 */
export function fetchDataFile<S extends z.core.$ZodType>(file: string, schema: SchemaSource<S>, signal?: AbortSignal, timeoutMs = dataTimeoutMs()): Promise<z.infer<S>> {
  return requests(async () => {
    const raw = parseJsonText(file, await fetchText(file, signal, timeoutMs));
    const [{ parseDataFile }, loaded] = await loadValidation(file, schema);
    return parseDataFile(loaded, file, raw);
  });
}

/** The validation code and the schema; their failing to load is a failed request, which may pass. */
async function loadValidation<S extends z.core.$ZodType>(file: string, schema: SchemaSource<S>) {
  try {
    return await Promise.all([import('../validate'), typeof schema === 'function' ? schema() : schema]);
  } catch (error) {
    throw codeNotLoaded(file, error);
  }
}

async function fetchText(file: string, signal: AbortSignal | undefined, timeoutMs: number): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal: combined });
    if (response.ok) return await response.text();
  } catch (error) {
    if (timeout.aborted) {
      const seconds = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(timeoutMs / 1000);
      throw new DataFileError(file, [{ en: `no answer within ${seconds('en-GB')} seconds`, vi: `không có phản hồi sau ${seconds('vi-VN')} giây` }]);
    }
    if (signal?.aborted) throw error;
    const reason = (error as Error).message;
    throw new DataFileError(file, [{ en: `the request failed (${reason})`, vi: `yêu cầu thất bại (${reason})` }], {
      transient: true,
    });
  }
  const status = response.status;
  const what =
    status === 404
      ? { en: 'file not found', vi: 'không tìm thấy tệp' }
      : status >= 500
        ? { en: 'server error', vi: 'lỗi máy chủ' }
        : { en: 'request refused', vi: 'yêu cầu bị từ chối' };
  throw new DataFileError(file, [{ en: `${what.en} (HTTP ${status})`, vi: `${what.vi} (HTTP ${status})` }], {
    transient: status >= 500,
  });
}

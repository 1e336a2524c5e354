import pLimit from 'p-limit';
import type { z } from 'zod';
import { DataFileError, parseDataFile, parseJsonText } from '../validate';

/** How long a data file may take before the card says so. */
export const DATA_TIMEOUT_MS = 6000;

export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).toString();
}

/**
 * Fetches one file of `data/` and validates it. Every failure becomes a DataFileError that names
 * the file and what is wrong, in words for the reader of the card.
 */
/**
 * At most this many data files are requested at once, so that a file's time limit runs from when
 * its request is sent, not from when it joined the browser's queue (hundreds of files at scale).
 */
const requests = pLimit(6);

export function fetchDataFile<S extends z.ZodType>(file: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  return requests(async () => parseDataFile(schema, file, parseJsonText(file, await fetchText(file, signal))));
}

async function fetchText(file: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(DATA_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal: combined });
    if (response.ok) return await response.text();
  } catch (error) {
    const seconds = DATA_TIMEOUT_MS / 1000;
    if (timeout.aborted) {
      throw new DataFileError(file, [{ en: `no answer within ${seconds} seconds`, vi: `không có phản hồi sau ${seconds} giây` }]);
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

import { QueryClient } from '@tanstack/react-query';
import { DataFileError } from '../problems';

/**
 * Retry once what may pass (a server error, a lost connection); a broken or missing file, or one
 * that did not answer in time, is reported at once: the reader has a Retry button.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && error instanceof DataFileError && error.transient;
}

/** Data files change only with a deploy: fetch each once and keep it. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: shouldRetry,
        retryDelay: 500,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

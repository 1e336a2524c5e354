import { QueryClient } from '@tanstack/react-query';

/** Data files change only with a deploy: fetch each once, keep it, and retry a failure once. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: 1,
        retryDelay: 500,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

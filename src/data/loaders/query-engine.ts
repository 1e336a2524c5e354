import { hydrate, QueryObserver, type QueryClient } from '@tanstack/react-query';
import type { FileQuery, FileResult, QueryEngine } from './file-store';
import { createQueryClient } from './query-client';

/**
 * TanStack Query, for the files a page did not have embedded: loaded with the first of them
 * (`file-store.ts`). Its client starts with the embedded data, so that a chart page's own queries
 * and a Retry find what the page already has.
 */
let client: QueryClient | undefined;

export function queryClientOf(embedded: unknown): QueryClient {
  if (!client) {
    client = createQueryClient();
    if (embedded) hydrate(client, embedded);
  }
  return client;
}

export function startEngine(embedded: unknown): QueryEngine {
  const queries = queryClientOf(embedded);
  return {
    watch(query: FileQuery, onResult: (result: FileResult<unknown>) => void) {
      const observer = new QueryObserver(queries, { queryKey: [...query.queryKey], queryFn: query.queryFn });
      const push = (result: ReturnType<typeof observer.getCurrentResult>) =>
        onResult(result.isError ? { data: result.data, error: result.error, isError: true, refetch: result.refetch } : { data: result.data, error: null, isError: false, refetch: result.refetch });
      push(observer.getCurrentResult());
      observer.subscribe(push);
    },
    refetch: (queryKey) => queries.refetchQueries({ queryKey: [...queryKey] }),
  };
}

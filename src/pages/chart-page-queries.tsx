import type { ReactNode } from 'react';
import { loadChunk } from '../shared/chunk-error';
import { loadQueryEngine } from '../data/loaders/file-store';

/**
 * TanStack Query's provider for a chart's page, which runs a query of its own (its related
 * charts) and asks the client for a Retry: the same client the data files are fetched through,
 * holding what the page embedded. Loaded with the page's view; the dashboard has no need of it.
 */
export async function chartPageQueries(): Promise<(props: { children: ReactNode }) => ReactNode> {
  const [{ QueryClientProvider }, { queryClientOf }] = await Promise.all([loadChunk(() => import('@tanstack/react-query')), loadChunk(() => import('../data/loaders/query-engine')), loadQueryEngine()]);
  const client = queryClientOf(undefined);
  return function ChartPageQueries({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  };
}

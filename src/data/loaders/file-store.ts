import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { codeNotLoaded } from '../problems';

/**
 * The data files as the page reads them: what the build embedded in the page, read at once, and
 * what it did not, fetched on first use through TanStack Query (`query-engine.ts`), which loads
 * only then. A prerendered page has every file it shows in its HTML, so that the query library
 * is not part of what loads before the page answers input.
 */

/** One file as a component sees it: its data once there, or why not, and a way to ask again. */
export type FileResult<T> = { data: T | undefined; refetch: () => Promise<unknown> } & ({ error: null; isError: false } | { error: Error; isError: true });

/** A file's query: its cache key and how to fetch it (the same options TanStack Query takes). */
export interface FileQuery {
  queryKey: readonly unknown[];
  queryFn: (context: { signal: AbortSignal }) => Promise<unknown>;
}

/** What `query-engine.ts` offers once loaded. */
export interface QueryEngine {
  watch(query: FileQuery, onResult: (result: FileResult<unknown>) => void): void;
  refetch(queryKey: readonly unknown[]): Promise<unknown>;
}

/** The query cache the build embedded (TanStack Query's dehydrated state), as far as it is read here. */
interface EmbeddedState {
  queries?: { queryKey?: unknown; state?: { status?: unknown; data?: unknown } }[];
}

const hashOf = (queryKey: readonly unknown[]): string => JSON.stringify(queryKey);

let embedded: unknown;
const seeded = new Map<string, unknown>();
const results = new Map<string, FileResult<unknown>>();
const watched = new Set<string>();
const listeners = new Set<() => void>();
let engine: Promise<QueryEngine> | undefined;

const noRefetch = () => Promise.resolve(undefined);
/** A file not yet there (or whose name is not yet known). */
const PENDING: FileResult<never> = Object.freeze({ data: undefined, error: null, isError: false as const, refetch: noRefetch });

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * The page's data as the build embedded it (`dehydrate` of the build's query cache): every file
 * in it is there at once, and is not fetched. Replaces what was there (the build renders one page
 * after another).
 */
export function seedFiles(state: unknown): void {
  embedded = state;
  seeded.clear();
  results.clear();
  watched.clear();
  for (const query of (state as EmbeddedState | null)?.queries ?? []) {
    if (Array.isArray(query.queryKey) && query.state?.status === 'success') seeded.set(hashOf(query.queryKey as unknown[]), query.state.data);
  }
  notify();
}

function snapshot(hash: string | null): FileResult<unknown> {
  if (hash === null) return PENDING;
  const known = results.get(hash);
  if (known) return known;
  if (!seeded.has(hash)) return PENDING;
  const result: FileResult<unknown> = Object.freeze({ data: seeded.get(hash), error: null, isError: false as const, refetch: noRefetch });
  results.set(hash, result);
  return result;
}

function setResult(hash: string, result: FileResult<unknown>) {
  results.set(hash, result);
  notify();
}

/** TanStack Query and a client holding the embedded data, loaded once, when first needed. */
export function loadQueryEngine(): Promise<QueryEngine> {
  engine ??= import('./query-engine').then(
    (m) => m.startEngine(embedded),
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

/** Fetches a file the page does not have, once, and keeps its result current. */
function ensure(query: FileQuery, file: string) {
  const hash = hashOf(query.queryKey);
  if (seeded.has(hash) || watched.has(hash)) return;
  watched.add(hash);
  loadQueryEngine().then(
    (e) => e.watch(query, (result) => setResult(hash, result)),
    (error: unknown) => {
      // The fetching code did not arrive: said as a failed request, which Retry asks for again.
      watched.delete(hash);
      const again = () => {
        ensure(query, file);
        return Promise.resolve();
      };
      setResult(hash, { data: undefined, error: codeNotLoaded(file, error), isError: true, refetch: again });
    },
  );
}

/** Asks again for a file (a Retry button): fetched through the query engine, as any file not embedded. */
export async function refetchFile(queryKey: readonly unknown[]): Promise<unknown> {
  const hash = hashOf(queryKey);
  const known = results.get(hash);
  if (known?.isError && !watched.has(hash)) return known.refetch();
  return (await loadQueryEngine()).refetch(queryKey);
}

/** One file: at once when the page has it, else fetched (not while `file` is undefined). */
export function useFileResult<T>(file: string | undefined, options: (file: string) => FileQuery): FileResult<T> {
  const hash = file === undefined ? null : hashOf(options(file).queryKey);
  const result = useSyncExternalStore(subscribe, () => snapshot(hash), () => snapshot(hash));
  useEffect(() => {
    if (file !== undefined) ensure(options(file), file);
  }, [file, options]);
  return result as FileResult<T>;
}

/** What `useFileResults` last gave for a list of files: the same array while none of them changes. */
const combined = new WeakMap<readonly string[], readonly FileResult<unknown>[]>();

function combinedSnapshot(hashes: readonly string[]): readonly FileResult<unknown>[] {
  const next = hashes.map(snapshot);
  const last = combined.get(hashes);
  if (last && next.length === last.length && next.every((r, i) => r === last[i])) return last;
  combined.set(hashes, next);
  return next;
}

/** Several files, in the order given: the same array while none of them changes. */
export function useFileResults<T>(files: readonly string[], options: (file: string) => FileQuery): readonly FileResult<T>[] {
  const hashes = useMemo(() => files.map((file) => hashOf(options(file).queryKey)), [files, options]);
  const all = useSyncExternalStore(subscribe, () => combinedSnapshot(hashes), () => combinedSnapshot(hashes));
  useEffect(() => {
    for (const file of files) ensure(options(file), file);
  }, [files, options]);
  return all as readonly FileResult<T>[];
}

/** A file if the page has it (embedded, or fetched already), never fetched for this; read once, outside React. */
export function loadedFile(queryKey: readonly unknown[]): unknown {
  return snapshot(hashOf(queryKey)).data;
}

/** A file if the page has it (embedded, or fetched already), never fetched for this. */
export function useLoadedFile(queryKey: readonly unknown[]): unknown {
  const hash = hashOf(queryKey);
  return useSyncExternalStore(subscribe, () => snapshot(hash), () => snapshot(hash)).data;
}

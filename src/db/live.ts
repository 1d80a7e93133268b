// Live queries for Preact: re-render when the data a query read changes, in any tab.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { toAppError } from '../domain/errors';

/** The state of a live query: loading until the first result, then the value or an error. */
export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: ReturnType<typeof toAppError> };

/** Runs `query` and re-runs it whenever the tables and ranges it read change. */
export function useLiveQuery<T>(
  query: () => Promise<T> | T,
  deps: readonly unknown[],
): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  // The caller names what the query reads in `deps`, as with useEffect itself; `query` is a new
  // closure each render, so listing it would resubscribe on every render.
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error: toAppError(error) }),
    });
    return () => subscription.unsubscribe();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the list comes from the caller (see above), so it cannot be a literal here.
  }, deps);
  return result;
}

import type { ApiError } from '@gevinst/domain';
import { type Observable, type OperatorFunction, catchError, map, of, startWith } from 'rxjs';
import { toApiError } from './api-error';

/** What a page shows for one request: a spinner, the data, or a Danish error. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly error: ApiError };

export const LOADING: LoadState<never> = { status: 'loading' };

/** Maps a request to loading → loaded | failed; never errors, so it is safe inside switchMap/toSignal. */
export function toLoadState<T>(): OperatorFunction<T, LoadState<T>> {
  return (source: Observable<T>) =>
    source.pipe(
      map((value): LoadState<T> => ({ status: 'loaded', value })),
      catchError((error: unknown) => of<LoadState<T>>({ status: 'failed', error: toApiError(error) })),
      startWith<LoadState<T>>(LOADING),
    );
}

export function loadedValue<T>(state: LoadState<T>): T | undefined {
  return state.status === 'loaded' ? state.value : undefined;
}

/**
 * For linkedSignal: the value last loaded, kept while the next one loads so a table does not flicker; null before
 * the first value and after a failure.
 */
export function keptWhileLoading<T>(load: LoadState<T>, previous?: { value: T | null }): T | null {
  return load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null;
}

import { type Signal, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { Page } from '@gevinst/domain';
import { BehaviorSubject, type Observable, combineLatest, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { LOADING, type LoadState, toLoadState } from '../load-state';
import type { ListCodec } from './list-params';
import { type ListPaging, pageToFallBackTo } from './list-paging';

export interface UrlListOptions<S extends ListPaging, T> {
  /** The list's state in the query parameters (see listCodec). */
  codec: ListCodec<S>;
  fetch: (state: S) => Observable<Page<T>>;
  /** Fetches the same state again each time it emits (after a dialog saved, say); it must emit once to start. */
  refresh?: Observable<unknown>;
}

/** A list page's state, read from the URL; changing it navigates, and the URL then fetches the page. */
export interface UrlList<S extends ListPaging, T> {
  readonly state: Signal<S>;
  readonly state$: Observable<S>;
  readonly load: Signal<LoadState<Page<T>>>;
  /** Changes the URL (a history entry, or replacing the current one); nothing happens when nothing changes. */
  navigate(change: Partial<S>, replaceUrl?: boolean): void;
  /** New filters start again on page 1. */
  applyFilters(filters: Partial<S>): void;
  changePage(paging: ListPaging): void;
  retry(): void;
  /** A slice of the state, e.g. what a filter bar shows, that changes only when its values do. */
  select<K extends keyof S>(...keys: K[]): Signal<Pick<S, K>>;
}

/**
 * The URL as the single source of a list's state (filters, sorting, page), so a view can be bookmarked, shared and
 * revisited with Back. Call it in an injection context (a field initialiser of the page).
 */
export function injectUrlList<S extends ListPaging, T>({ codec, fetch, refresh }: UrlListOptions<S, T>): UrlList<S, T> {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const retries = new BehaviorSubject<void>(undefined);
  const state$ = route.queryParamMap.pipe(map(codec.read), distinctUntilChanged(codec.same));
  const state = toSignal(state$, { requireSync: true });
  const load = toSignal(
    combineLatest([state$, retries, refresh ?? of(null)]).pipe(switchMap(([current]) => fetch(current).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<Page<T>> },
  );

  const navigate = (change: Partial<S>, replaceUrl = false): void => {
    const next = { ...state(), ...change };
    if (codec.same(next, state())) return;
    void router.navigate([], { relativeTo: route, queryParams: codec.write(next), replaceUrl });
  };

  // A bookmarked page past the end (the list has shrunk): go to the last page that has rows.
  effect(() => {
    const current = load();
    const page = current.status === 'loaded' ? pageToFallBackTo(current.value, state()) : null;
    if (page !== null) navigate({ page } as Partial<S>, true);
  });

  return {
    state,
    state$,
    load,
    navigate,
    applyFilters: (filters) => navigate({ ...filters, page: 1 }),
    changePage: (paging) => navigate(paging as Partial<S>),
    retry: () => retries.next(),
    select: (...keys) =>
      computed(
        () => {
          const current = state();
          return Object.fromEntries(keys.map((key) => [key, current[key]])) as Pick<S, (typeof keys)[number]>;
        },
        { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
      ),
  };
}

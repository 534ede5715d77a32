import { type Signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { InitiativeDetail } from '@gevinst/domain';
import { LOADING, type LoadState, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, switchMap } from 'rxjs';
import { InitiativesApi } from './initiatives-api';

/** The initiative for a route id as a signal, reloadable ("Prøv igen", "Genindlæs"). Call in an injection context. */
export function loadInitiative(id: Signal<string>): { state: Signal<LoadState<InitiativeDetail>>; reload: () => void } {
  const api = inject(InitiativesApi);
  const reload$ = new BehaviorSubject<void>(undefined);
  const state = toSignal(
    combineLatest([toObservable(id), reload$]).pipe(switchMap(([current]) => api.get(current).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<InitiativeDetail> },
  );
  return { state, reload: () => reload$.next() };
}

import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Department } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { API_BASE_URL, LOADING, type LoadState, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, distinctUntilChanged, of, switchMap } from 'rxjs';
import { type DepartmentOption, toDepartmentOptions } from './department-options';

/**
 * Departments change rarely: loaded once per signed-in organisation and shared by every page.
 * A user of another organisation signing in (after a session expired) gets that organisation's list.
 */
@Injectable({ providedIn: 'root' })
export class DepartmentsStore {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/departments`;
  private readonly reload$ = new BehaviorSubject<void>(undefined);
  private readonly auth = inject(AuthStore);
  private readonly organisationId = computed(() => this.auth.currentUser()?.organisation.id ?? null);

  readonly state = toSignal(
    combineLatest([toObservable(this.organisationId).pipe(distinctUntilChanged()), this.reload$]).pipe(
      switchMap(([organisationId]) =>
        organisationId ? this.http.get<Department[]>(this.url).pipe(toLoadState()) : of(LOADING),
      ),
    ),
    { initialValue: LOADING as LoadState<Department[]> },
  );

  readonly departments = computed<Department[]>(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : [];
  });

  readonly options = computed<DepartmentOption[]>(() => toDepartmentOptions(this.departments()));

  /** Department names by id, for tables and the audit history. */
  readonly names = computed(() => new Map(this.departments().map((d) => [d.id, d.name])));

  reload(): void {
    this.reload$.next();
  }
}

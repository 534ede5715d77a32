import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { Department } from '@gevinst/domain';
import { API_BASE_URL, type LoadState, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, switchMap } from 'rxjs';
import { type DepartmentOption, toDepartmentOptions } from './department-options';

/** Departments change rarely: load once per session and share between the list and the form. */
@Injectable({ providedIn: 'root' })
export class DepartmentsStore {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/departments`;
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  readonly state = toSignal(
    this.reload$.pipe(switchMap(() => this.http.get<Department[]>(this.url).pipe(toLoadState()))),
    { requireSync: true },
  );

  readonly departments = computed<Department[]>(() => {
    const state: LoadState<Department[]> = this.state();
    return state.status === 'loaded' ? state.value : [];
  });

  readonly options = computed<DepartmentOption[]>(() => toDepartmentOptions(this.departments()));

  reload(): void {
    this.reload$.next();
  }
}

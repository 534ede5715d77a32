import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { DECISION_KIND_LABELS, type Decision, type Page, type SteeringGroup } from '@gevinst/domain';
import { ErrorBanner, LOADING, type LoadState, PageHeader, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, catchError, combineLatest, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { ReviewsApi } from '../data-access/reviews-api';
import { SteeringGroupsApi } from '../data-access/steering-groups-api';
import { phaseChange } from '../shared/decision-text';
import { GovernanceNav } from '../shared/governance-nav';
import { describeGovernanceError } from '../shared/server-messages';
import { DecisionFiltersBar } from './decision-filters';
import {
  DECISION_PAGE_SIZES,
  type DecisionFilters,
  type DecisionLogState,
  decisionCount,
  decisionStateFromParams,
  decisionStateToParams,
  decisionStateToQuery,
  sameDecisionState,
} from './decision-log-state';

/** /styring/beslutninger: the organisation's decision log, newest first, filtered and paged on the server; the URL is the state. */
@Component({
  selector: 'gv-decision-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatPaginatorModule, MatProgressBarModule, PageHeader, ErrorBanner, GovernanceNav, DecisionFiltersBar],
  templateUrl: './decision-log-page.html',
  styleUrl: './decision-log-page.scss',
})
export class DecisionLogPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(ReviewsApi);

  protected readonly kindLabels = DECISION_KIND_LABELS;
  protected readonly pageSizes = DECISION_PAGE_SIZES;
  protected readonly phaseChange = phaseChange;
  protected readonly decisionCount = decisionCount;
  protected readonly describeError = describeGovernanceError;

  private readonly state$ = this.route.queryParamMap.pipe(map(decisionStateFromParams), distinctUntilChanged(sameDecisionState));
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly state = toSignal(this.state$, { requireSync: true });
  protected readonly filters = computed<DecisionFilters>(
    () => {
      const { kinds, steeringGroupId, from, to } = this.state();
      return { kinds, steeringGroupId, from, to };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly groups = toSignal(inject(SteeringGroupsApi).list().pipe(catchError(() => of([] as SteeringGroup[]))), {
    initialValue: [] as SteeringGroup[],
  });

  protected readonly load = toSignal(
    combineLatest([this.state$, this.retry$]).pipe(switchMap(([state]) => this.api.decisions(decisionStateToQuery(state)).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<Page<Decision>> },
  );
  /** The last page received; kept while the next one loads so the table does not flicker. */
  protected readonly page = linkedSignal<LoadState<Page<Decision>>, Page<Decision> | null>({
    source: this.load,
    computation: (load, previous) => (load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null),
  });

  constructor() {
    // A bookmarked page past the end (the log is filtered more narrowly now): go to the last page that has rows.
    effect(() => {
      const load = this.load();
      if (load.status !== 'loaded' || load.value.items.length > 0 || load.value.total === 0) return;
      const lastPage = Math.max(1, Math.ceil(load.value.total / this.state().pageSize));
      if (this.state().page > lastPage) this.navigate({ page: lastPage }, true);
    });
  }

  protected applyFilters(filters: DecisionFilters): void {
    this.navigate({ ...filters, page: 1 });
  }

  protected pageChange(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    this.retry$.next();
  }

  private navigate(change: Partial<DecisionLogState>, replaceUrl = false): void {
    const next = { ...this.state(), ...change };
    if (sameDecisionState(next, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: decisionStateToParams(next), replaceUrl });
  }
}

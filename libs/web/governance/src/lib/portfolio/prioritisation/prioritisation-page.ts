import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, type Type, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  PHASE_LABELS,
  type PrioritisedPortfolio,
  type PriorityCriterion,
  type RankedInitiative,
  RISK_APPETITE_LABELS,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  type RiskAppetiteStatement,
} from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, LOADING, type LoadState, PageHeader, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';
import { openLazyDialog } from '../../shared/open-dialog';
import { PrioritisationApi } from '../data-access/prioritisation-api';
import { formatKroner, formatScore } from '../shared/format';
import { GovernanceNav } from '../shared/governance-nav';
import { describeGovernanceError } from '../shared/server-messages';
import type { CriteriaDialogData } from './criteria-dialog';
import { PrioritisationFiltersBar } from './prioritisation-filters';
import {
  type PrioritisationState,
  prioritisationStateFromParams,
  prioritisationStateToParams,
  prioritisationStateToQuery,
  samePrioritisationState,
} from './prioritisation-state';
import { rankingTable } from './ranking';
import type { RiskAppetiteDialogData } from './risk-appetite-dialog';
import type { ScoreDialogData } from './score-dialog';

/**
 * /styring/prioritering: initiatives ranked by their weighted score with the cumulative cost against the available
 * funding and the cut-off line; the initiatives still to be scored; the criteria and weights and the organisation's
 * risk appetite. Admin sets criteria and appetite; admin and the directorate score. Filters live in the URL.
 */
@Component({
  selector: 'gv-prioritisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, MatButtonModule, MatProgressBarModule, PageHeader, ErrorBanner, GovernanceNav, PrioritisationFiltersBar],
  templateUrl: './prioritisation-page.html',
  styleUrl: './prioritisation-page.scss',
})
export class PrioritisationPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(PrioritisationApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly departments = inject(DepartmentsStore);

  protected readonly kroner = formatKroner;
  protected readonly score = formatScore;
  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly appetiteLabels = RISK_APPETITE_LABELS;
  protected readonly describeError = describeGovernanceError;
  protected readonly canConfigure = computed(() => this.auth.can('priority.configure'));
  protected readonly canScore = computed(() => this.auth.can('priority.score'));

  private readonly state$ = this.route.queryParamMap.pipe(map(prioritisationStateFromParams), distinctUntilChanged(samePrioritisationState));
  protected readonly state = toSignal(this.state$, { requireSync: true });
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  /** Bumped after a save: criteria, scores and appetite change what the page shows. */
  private readonly revision = signal(0);
  private readonly changes$ = combineLatest([this.retry$, toObservable(this.revision)]);

  protected readonly rankedLoad = toSignal(
    combineLatest([this.state$, this.changes$]).pipe(switchMap(([state]) => this.api.ranked(prioritisationStateToQuery(state)).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<PrioritisedPortfolio> },
  );
  protected readonly ranked = linkedSignal<LoadState<PrioritisedPortfolio>, PrioritisedPortfolio | null>({
    source: this.rankedLoad,
    computation: (load, previous) => (load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null),
  });
  protected readonly table = computed(() => {
    const ranked = this.ranked();
    return ranked ? rankingTable(ranked.items, ranked.available) : null;
  });
  protected readonly years = computed(() => {
    const ranked = this.ranked();
    if (!ranked) return '';
    return ranked.fromYear === ranked.toYear ? `${ranked.fromYear}` : `${ranked.fromYear}–${ranked.toYear}`;
  });

  protected readonly criteriaLoad = toSignal(this.changes$.pipe(switchMap(() => this.api.criteria().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<PriorityCriterion[]>,
  });
  protected readonly criteria = computed(() => {
    const load = this.criteriaLoad();
    return load.status === 'loaded' ? load.value : [];
  });
  protected readonly weightSum = computed(() => this.criteria().reduce((sum, c) => sum + c.weight, 0));

  protected readonly appetiteLoad = toSignal(this.changes$.pipe(switchMap(() => this.api.riskAppetite().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<RiskAppetiteStatement[]>,
  });
  /** Every area, stated or not, in the contract's order. */
  protected readonly appetite = computed(() => {
    const load = this.appetiteLoad();
    const stated = load.status === 'loaded' ? load.value : [];
    return RISK_CATEGORIES.map((category) => ({ category, statement: stated.find((s) => s.category === category) ?? null }));
  });

  // The row template's context is untyped; this keeps the lookup type-checked.
  protected phaseLabel(row: RankedInitiative): string {
    return PHASE_LABELS[row.initiative.phase];
  }

  protected applyFilters(state: PrioritisationState): void {
    if (samePrioritisationState(state, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: prioritisationStateToParams(state) });
  }

  protected retry(): void {
    this.retry$.next();
  }

  protected editCriteria(): void {
    const data: CriteriaDialogData = { criteria: this.criteria() };
    this.openDialog(() => import('./criteria-dialog').then((m) => m.CriteriaDialog), data, 'Kriterierne er gemt', '880px');
  }

  protected editAppetite(): void {
    const load = this.appetiteLoad();
    const data: RiskAppetiteDialogData = { statements: load.status === 'loaded' ? load.value : [] };
    this.openDialog(() => import('./risk-appetite-dialog').then((m) => m.RiskAppetiteDialog), data, 'Risikovilligheden er gemt', '760px');
  }

  protected scoreInitiative(initiative: { id: string; code: string; title: string }): void {
    const data: ScoreDialogData = { initiative, criteria: this.criteria() };
    this.openDialog(() => import('./score-dialog').then((m) => m.ScoreDialog), data, 'Scoren er gemt', '640px');
  }

  private openDialog<C, D>(load: () => Promise<Type<C>>, data: D, done: string, width: string): void {
    openLazyDialog<C, D, unknown>(this.dialog, this.injector, load, data, width).subscribe((result) => {
      if (result === undefined) return;
      this.snackBar.open(done, 'Luk', { duration: 6000 });
      this.revision.update((n) => n + 1);
    });
  }
}

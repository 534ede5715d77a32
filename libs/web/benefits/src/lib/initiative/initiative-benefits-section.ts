import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Benefit, BenefitSummary, StrategicGoal } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { ErrorBanner, LOADING, type LoadState, describeApiError, toLoadState } from '@gevinst/web/ui';
import { catchError, combineLatest, forkJoin, of, switchMap } from 'rxjs';
import { BenefitsApi } from '../data-access/benefits-api';
import { GoalsApi } from '../data-access/goals-api';
import { BenefitItem } from './benefit-item';
import { BenefitTotalsTable } from './benefit-totals-table';
import { GoalCard } from './goal-card';
import { SectionActions } from './section-actions';

interface SectionData {
  summary: BenefitSummary;
  benefits: Benefit[];
  strategicGoals: StrategicGoal[];
}

/**
 * "Mål og gevinster" on the initiative page: the benefit tree (goals with the benefits serving them, then benefits
 * without a goal), each goal's progress, planned vs realised per year, the plan download and, for those allowed,
 * editing. The page shows the section's h2; this component renders what is under it.
 */
@Component({
  selector: 'gv-initiative-benefits-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, ErrorBanner, GoalCard, BenefitItem, BenefitTotalsTable],
  providers: [SectionActions],
  templateUrl: './initiative-benefits-section.html',
  styleUrl: './initiative-benefits-section.scss',
})
export class InitiativeBenefitsSection {
  readonly initiativeId = input.required<string>();
  /** The signed-in user is the initiative's project lead. */
  readonly leadsInitiative = input(false);

  private readonly benefitsApi = inject(BenefitsApi);
  private readonly goalsApi = inject(GoalsApi);
  private readonly auth = inject(AuthStore);
  protected readonly actions = inject(SectionActions);
  protected readonly describeApiError = describeApiError;

  protected readonly state = toSignal(
    combineLatest([toObservable(this.initiativeId), toObservable(this.actions.revision)]).pipe(
      switchMap(([id]) =>
        forkJoin({
          summary: this.benefitsApi.summary(id),
          benefits: this.benefitsApi.list(id),
          // The tree still shows without the names of strategic goals.
          strategicGoals: this.goalsApi.strategicGoals().pipe(catchError(() => of([]))),
        }).pipe(toLoadState()),
      ),
    ),
    { initialValue: LOADING as LoadState<SectionData> },
  );

  /** The last loaded data, kept while a change reloads it so the tree (and the focus in it) stays put. */
  protected readonly data = linkedSignal<LoadState<SectionData>, SectionData | null>({
    source: this.state,
    computation: (state, previous) => {
      if (state.status === 'loaded') return state.value;
      return state.status === 'loading' ? (previous?.value ?? null) : null;
    },
  });
  protected readonly canManageGoals = computed(() =>
    this.auth.can('goal.manage', { leadsInitiative: this.leadsInitiative() }),
  );
  protected readonly canManageBenefits = computed(() =>
    this.auth.can('benefit.manage', { leadsInitiative: this.leadsInitiative() }),
  );
  protected readonly planUrl = computed(() => this.benefitsApi.planUrl(this.initiativeId()));
  protected readonly cardUrl = computed(() => this.benefitsApi.cardUrl(this.initiativeId()));
  protected readonly ungrouped = computed(() => {
    const data = this.data();
    const goalIds = new Set(data?.summary.goals.map((g) => g.goal.id));
    return (data?.benefits ?? []).filter((b) => !b.goalId || !goalIds.has(b.goalId));
  });
  protected readonly strategicGoalTitles = computed(
    () => new Map((this.data()?.strategicGoals ?? []).map((g) => [g.id, g.title])),
  );

  constructor() {
    effect(() => {
      const id = this.initiativeId();
      const data = this.data();
      untracked(() => {
        this.actions.initiativeId.set(id);
        if (data) {
          this.actions.goals.set(data.summary.goals.map((g) => g.goal));
          this.actions.strategicGoals.set(data.strategicGoals);
        }
      });
    });
  }

  protected benefitsOf(goalId: string): Benefit[] {
    return (this.data()?.benefits ?? []).filter((b) => b.goalId === goalId);
  }
}

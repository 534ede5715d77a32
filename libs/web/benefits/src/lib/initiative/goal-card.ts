import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { Benefit, EvaluationPointView, GoalProgress, Measurement } from '@gevinst/domain';
import { LineChart } from '@gevinst/web/charts';
import { LOADING, type LoadState, toLoadState } from '@gevinst/web/ui';
import { forkJoin, switchMap } from 'rxjs';
import { FollowUpApi } from '../data-access/follow-up-api';
import { DIRECTION_LABELS, formatIndicator, formatPercent } from '../shared/units';
import { BenefitItem } from './benefit-item';
import { EvaluationPointsList } from './evaluation-points-list';
import { goalChartSeries } from './goal-chart';
import { SectionActions } from './section-actions';

interface GoalFollowUp {
  measurements: Measurement[];
  points: EvaluationPointView[];
}

/** One goal of the benefit tree: its indicator and achievement, its line chart, due measurements and benefits. */
@Component({
  selector: 'gv-goal-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, LineChart, BenefitItem, EvaluationPointsList],
  templateUrl: './goal-card.html',
  styleUrl: './goal-card.scss',
})
export class GoalCard {
  readonly progress = input.required<GoalProgress>();
  readonly benefits = input.required<readonly Benefit[]>();
  readonly strategicGoalTitle = input<string | null>(null);

  private readonly api = inject(FollowUpApi);
  protected readonly actions = inject(SectionActions);
  protected readonly directionLabels = DIRECTION_LABELS;
  protected readonly formatPercent = formatPercent;

  protected readonly goal = computed(() => this.progress().goal);
  protected readonly headingId = computed(() => `goal-${this.goal().id}`);

  /** Reloaded whenever the section hands in a fresh goal (after every change), never for a deleted one. */
  protected readonly followUp = toSignal(
    toObservable(this.progress).pipe(
      switchMap(({ goal: { id } }) =>
        forkJoin({
          measurements: this.api.measurements({ kind: 'goal', id }),
          points: this.api.evaluationPoints({ kind: 'goal', id }),
        }).pipe(toLoadState()),
      ),
    ),
    { initialValue: LOADING as LoadState<GoalFollowUp> },
  );

  /** The last loaded follow-up, kept while it reloads so the chart and list do not flicker. */
  protected readonly loaded = linkedSignal<LoadState<GoalFollowUp>, GoalFollowUp | null>({
    source: this.followUp,
    computation: (state, previous) => {
      if (state.status === 'loaded') return state.value;
      return state.status === 'loading' ? (previous?.value ?? null) : null;
    },
  });
  protected readonly series = computed(() => goalChartSeries(this.goal(), this.loaded()?.measurements ?? []));
  protected readonly value = (value: number): string => formatIndicator(value, this.goal().unit);
  protected readonly chartCaption = computed(() => `Udvikling i ${this.goal().indicatorName}: baseline, målinger og mål`);
  protected readonly yLabel = computed(() => {
    const { indicatorName, unit } = this.goal();
    return unit.trim() ? `${indicatorName} (${unit.trim()})` : indicatorName;
  });
  /** 0–100 for the bar beside the figure; the figure itself is reported raw. */
  protected readonly barWidth = computed(() => Math.max(0, Math.min(100, this.progress().achievementPercent ?? 0)));

  protected record(): void {
    const goal = this.goal();
    this.actions.record({
      target: { kind: 'goal', id: goal.id },
      title: goal.title,
      unitText: goal.unit.trim(),
      hours: false,
      defaultKind: this.progress().latestMeasurement ? 'after' : 'before',
    });
  }

  protected schedule(): void {
    this.actions.schedule({ kind: 'goal', id: this.goal().id }, this.goal().title);
  }
}

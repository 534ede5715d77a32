import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type Benefit, type EvaluationPointView, MEASUREMENT_KIND_LABELS, type Measurement } from '@gevinst/domain';
import { LOADING, type LoadState, describeApiError, toLoadState } from '@gevinst/web/ui';
import { forkJoin, switchMap } from 'rxjs';
import { FollowUpApi } from '../data-access/follow-up-api';
import { formatNumber } from '../shared/danish-number';
import { formatAmount } from '../shared/units';
import { EvaluationPointsList } from './evaluation-points-list';
import { SectionActions } from './section-actions';

interface FollowUp {
  measurements: Measurement[];
  points: EvaluationPointView[];
}

/** A benefit's measurements (newest first, with time-study inputs) and evaluation points, loaded when opened. */
@Component({
  selector: 'gv-benefit-follow-up',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, EvaluationPointsList],
  templateUrl: './benefit-follow-up.html',
  styleUrl: './benefit-follow-up.scss',
})
export class BenefitFollowUp {
  readonly benefit = input.required<Benefit>();

  private readonly api = inject(FollowUpApi);
  protected readonly actions = inject(SectionActions);
  protected readonly kindLabels = MEASUREMENT_KIND_LABELS;
  protected readonly describeApiError = describeApiError;
  protected readonly formatNumber = formatNumber;

  /** Reloaded whenever the section hands in a fresh benefit (after every change), never for a deleted one. */
  protected readonly state = toSignal(
    toObservable(this.benefit).pipe(
      switchMap(({ id }) =>
        forkJoin({
          measurements: this.api.measurements({ kind: 'benefit', id }),
          points: this.api.evaluationPoints({ kind: 'benefit', id }),
        }).pipe(toLoadState()),
      ),
    ),
    { initialValue: LOADING as LoadState<FollowUp> },
  );

  protected amount(value: number): string {
    const { unit, unitLabel } = this.benefit();
    return formatAmount(value, unit, unitLabel);
  }
}

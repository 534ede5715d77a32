import { Injectable, Injector, type Type, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Benefit, EvaluationPointView, Goal, MeasurementKind, StrategicGoal } from '@gevinst/domain';
import { confirmAction, describeApiError, isVersionConflict, toApiError } from '@gevinst/web/ui';
import { type Observable, catchError, filter, of, switchMap } from 'rxjs';
import { BenefitsApi } from '../data-access/benefits-api';
import { type FollowUpTarget, FollowUpApi } from '../data-access/follow-up-api';
import { GoalsApi } from '../data-access/goals-api';
import { BENEFIT_NOUN, GOAL_NOUN, type Noun, POINT_NOUN, conflictMessage } from '../shared/form-errors';
import { openLazyDialog } from '../shared/open-dialog';

/** 2027-03-31 → 31.03.2027. */
export const danishDate = (iso: string): string => iso.split('-').reverse().join('.');

export interface SectionFailure {
  message: string;
  conflict: boolean;
}

/** What the measurement dialog needs to know about the goal or benefit it records on. */
export interface RecordRequest {
  target: FollowUpTarget;
  title: string;
  unitText: string;
  hours: boolean;
  defaultKind: MeasurementKind;
}

/**
 * The "Mål og gevinster" section's actions, shared by its goal cards and benefit items (provided by the section).
 * Dialogs load on first use; every change bumps `revision`, which reloads the section.
 */
@Injectable()
export class SectionActions {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly goalsApi = inject(GoalsApi);
  private readonly benefitsApi = inject(BenefitsApi);
  private readonly followUp = inject(FollowUpApi);

  readonly initiativeId = signal('');
  readonly goals = signal<readonly Goal[]>([]);
  readonly strategicGoals = signal<readonly StrategicGoal[]>([]);
  readonly revision = signal(0);
  readonly failure = signal<SectionFailure | null>(null);

  reload(): void {
    this.failure.set(null);
    this.revision.update((n) => n + 1);
  }

  editGoal(goal?: Goal): void {
    const data = { initiativeId: this.initiativeId(), goal, strategicGoals: this.strategicGoals() };
    this.open(() => import('../goal-form/goal-dialog').then((m) => m.GoalDialog), data, goal ? 'Målet er gemt' : 'Målet er oprettet');
  }

  editBenefit(benefit?: Benefit): void {
    const data = { initiativeId: this.initiativeId(), benefit, goals: this.goals() };
    this.open(
      () => import('../benefit-form/benefit-dialog').then((m) => m.BenefitDialog),
      data,
      benefit ? 'Gevinsten er gemt' : 'Gevinsten er oprettet',
    );
  }

  editYears(benefit: Benefit): void {
    this.open(() => import('../years/years-dialog').then((m) => m.YearsDialog), { benefit }, 'Årsprofilen er gemt');
  }

  schedule(target: FollowUpTarget, title: string): void {
    this.open(
      () => import('../schedule/schedule-dialog').then((m) => m.ScheduleDialog),
      { target, title },
      'Evalueringspunkterne er planlagt',
    );
  }

  /** `title` names the goal or benefit the point belongs to. */
  editPoint(point: EvaluationPointView, title: string): void {
    this.open(
      () => import('../evaluation-point/evaluation-point-dialog').then((m) => m.EvaluationPointDialog),
      { point, title },
      'Evalueringspunktet er gemt',
    );
  }

  deletePoint(point: EvaluationPointView, title: string): void {
    const due = danishDate(point.dueDate);
    this.remove(
      { title: `Slet evalueringspunktet med frist ${due}?`, message: `Punktet hører til "${title}".` },
      POINT_NOUN,
      this.followUp.removePoint(point.id),
      'Evalueringspunktet er slettet',
    );
  }

  /** Fetches the open evaluation points first, so the form can offer them. */
  record(request: RecordRequest): void {
    this.followUp
      .evaluationPoints(request.target)
      .pipe(catchError(() => of([])))
      .subscribe((points) => {
        const openPoints = points.filter((p) => p.measurementId === null);
        this.open(
          () => import('../measurement/measurement-dialog').then((m) => m.MeasurementDialog),
          { ...request, openPoints },
          'Målingen er registreret',
        );
      });
  }

  deleteGoal(goal: Goal): void {
    const message =
      'Målets målinger og evalueringspunkter slettes også. Gevinster, der understøtter målet, bevares, men mister koblingen til det.';
    this.remove({ title: `Slet målet "${goal.title}"?`, message }, GOAL_NOUN, this.goalsApi.remove(goal.id, goal.version), 'Målet er slettet');
  }

  deleteBenefit(benefit: Benefit): void {
    const message = 'Gevinstens årsprofil, målinger og evalueringspunkter slettes også.';
    this.remove(
      { title: `Slet gevinsten "${benefit.title}"?`, message },
      BENEFIT_NOUN,
      this.benefitsApi.remove(benefit.id, benefit.version),
      'Gevinsten er slettet',
    );
  }

  private open<C, D>(load: () => Promise<Type<C>>, data: D, done: string): void {
    this.failure.set(null);
    openLazyDialog<C, D, unknown>(this.dialog, this.injector, load, data).subscribe((result) => {
      if (result === undefined) return;
      this.changed(done);
    });
  }

  private remove(question: { title: string; message: string }, noun: Noun, request: Observable<void>, done: string): void {
    this.failure.set(null);
    confirmAction(this.dialog, { ...question, confirmLabel: 'Slet' })
      .pipe(
        filter(Boolean),
        switchMap(() => request),
      )
      .subscribe({
        next: () => this.changed(done),
        error: (error: unknown) => {
          const apiError = toApiError(error);
          const conflict = isVersionConflict(apiError);
          this.failure.set({ message: conflict ? conflictMessage(noun) : describeApiError(apiError), conflict });
        },
      });
  }

  private changed(message: string): void {
    this.snackBar.open(message, 'Luk', { duration: 6000 });
    this.revision.update((n) => n + 1);
  }
}

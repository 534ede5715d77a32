import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { DIRECTIONS, type Goal, type StrategicGoal, isAmbitiousTarget } from '@gevinst/domain';
import { AccessibleCalendarHeader, ErrorBanner, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { GoalsApi } from '../data-access/goals-api';
import { parseDanishNumber } from '../shared/danish-number';
import { GOAL_NOUN, type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';
import { DIRECTION_LABELS } from '../shared/units';
import { type GoalForm, createGoalForm, fillGoalForm, goalRequiredMessage, toGoalRequest } from './goal-form.model';

export interface GoalDialogData {
  initiativeId: string;
  /** Absent: "Nyt mål". */
  goal?: Goal;
  strategicGoals: readonly StrategicGoal[];
}

/** "Nyt mål" and "Redigér mål"; closes with the saved goal. */
@Component({
  selector: 'gv-goal-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    ErrorBanner,
  ],
  templateUrl: './goal-dialog.html',
  styleUrl: './goal-dialog.scss',
})
export class GoalDialog {
  protected readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<GoalDialog, Goal>>(MatDialogRef);
  private readonly api = inject(GoalsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly editing = this.data.goal !== undefined;
  protected readonly directions = DIRECTIONS.map((value) => ({ value, label: DIRECTION_LABELS[value] }));
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly earliestDate = new Date(2000, 0, 1);
  protected readonly latestDate = new Date(2099, 11, 31);
  protected readonly form: GoalForm = createGoalForm();
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  /** The version the edits are based on; the API refuses a save based on an older one. */
  private version = this.data.goal?.version ?? 0;
  /** The fresh goal a 409 carries, shown on "Genindlæs". */
  private latest: Goal | null = null;

  constructor() {
    if (this.data.goal) fillGoalForm(this.form, this.data.goal);
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: keyof GoalForm['controls']): string {
    const control = this.form.controls[name];
    if (control.hasError('baselinePair')) return 'Angiv både baseline og dato for baseline, eller ingen af dem';
    if (control.hasError('sameAsBaseline')) return 'Målet skal være forskelligt fra baseline, ellers kan målopfyldelsen ikke beregnes';
    return fieldErrorMessage(control, goalRequiredMessage(name));
  }

  protected showDirectionError(): boolean {
    const direction = this.form.controls.direction;
    return direction.invalid && (direction.touched || this.submitted());
  }

  /** A non-blocking warning: the guide asks for targets beyond the baseline. */
  protected notAmbitious(): boolean {
    const { baselineValue, targetValue, direction } = this.form.getRawValue();
    const baseline = parseDanishNumber(baselineValue);
    const target = parseDanishNumber(targetValue);
    if (baseline === null || target === null || !direction || baseline === target) return false;
    if (!Number.isFinite(baseline) || !Number.isFinite(target)) return false;
    return !isAmbitiousTarget(baseline, target, direction);
  }

  protected reloadLatest(): void {
    if (!this.latest) return;
    fillGoalForm(this.form, this.latest);
    this.version = this.latest.version;
    this.failure.set(null);
  }

  protected save(): void {
    this.submitted.set(true);
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const request = toGoalRequest(this.form);
        const goal = this.data.goal;
        return goal
          ? this.api.update(goal.id, { ...request, version: this.version })
          : this.api.create(this.data.initiativeId, request);
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => {
        this.latest = isGoal(apiError.current) ? apiError.current : null;
        this.failure.set(handleSaveFailure(this.form, apiError, GOAL_NOUN));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}

function isGoal(value: unknown): value is Goal {
  const candidate = value as Partial<Goal> | null;
  return typeof candidate?.id === 'string' && typeof candidate.version === 'number' && typeof candidate.title === 'string';
}

import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type ApiError, BENEFIT_LIMITS, type StrategicGoal } from '@gevinst/domain';
import {
  ErrorBanner,
  applyServerFieldErrors,
  describeApiError,
  focusFirstInvalid,
  hasFieldErrors,
  isVersionConflict,
  submitDialogForm,
  toApiError,
} from '@gevinst/web/ui';
import type { Observable } from 'rxjs';
import { StrategicGoalsApi, conflictingStrategicGoal } from '../data-access/strategic-goals-api';
import {
  STRATEGIC_GOAL_CONFLICT_MESSAGE,
  type StrategicGoalForm,
  createStrategicGoalForm,
  fillStrategicGoalForm,
  serverStrategicGoalMessage,
  strategicGoalFieldError,
  toStrategicGoalRequest,
} from './strategic-goal-form.model';

export interface StrategicGoalDialogData {
  /** Absent: "Opret strategisk mål". */
  goal?: StrategicGoal;
}

interface Failure {
  message: string;
  conflict: boolean;
}

/** "Opret strategisk mål" and "Redigér strategisk mål"; closes with the saved goal. */
@Component({
  selector: 'gv-strategic-goal-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ErrorBanner],
  templateUrl: './strategic-goal-dialog.html',
  styleUrl: './strategic-goal-dialog.scss',
})
export class StrategicGoalDialog {
  protected readonly data = inject<StrategicGoalDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<StrategicGoalDialog, StrategicGoal>>(MatDialogRef);
  private readonly api = inject(StrategicGoalsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly editing = this.data.goal !== undefined;
  protected readonly limits = BENEFIT_LIMITS;
  protected readonly form: StrategicGoalForm = createStrategicGoalForm(this.data.goal);
  protected readonly busy = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  /** The version the edits are based on; the API refuses a save based on an older one. */
  private version = this.data.goal?.version ?? 0;
  /** The fresh goal from a 409, shown on "Genindlæs". */
  private latest: StrategicGoal | null = null;

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: keyof StrategicGoalForm['controls']): string {
    return strategicGoalFieldError(name, this.form.controls[name]);
  }

  protected reloadLatest(): void {
    if (this.latest) {
      fillStrategicGoalForm(this.form, this.latest);
      this.version = this.latest.version;
      this.failure.set(null);
      return;
    }
    // No fresh copy in the answer: fetch the list and find the goal.
    this.api.list().subscribe({
      next: (goals) => {
        const goal = goals.find((g) => g.id === this.data.goal?.id);
        if (goal) {
          this.latest = goal;
          this.reloadLatest();
        } else {
          this.failure.set({ message: 'Det strategiske mål er slettet af en anden.', conflict: false });
        }
      },
      error: (error: unknown) => this.failure.set({ message: describeApiError(toApiError(error)), conflict: true }),
    });
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: (): Observable<StrategicGoal> => {
        const goal = this.data.goal;
        const request = toStrategicGoalRequest(this.form);
        return goal ? this.api.update(goal.id, { ...request, version: this.version }) : this.api.create(request);
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => this.fail(apiError),
    });
  }

  private fail(apiError: ApiError): void {
    if (isVersionConflict(apiError)) {
      this.latest = conflictingStrategicGoal(apiError.current);
      this.failure.set({ message: STRATEGIC_GOAL_CONFLICT_MESSAGE, conflict: true });
      return;
    }
    if (!hasFieldErrors(apiError)) {
      this.failure.set({ message: describeApiError(apiError), conflict: false });
      return;
    }
    const unmatched = applyServerFieldErrors(this.form, apiError.details ?? [], serverStrategicGoalMessage);
    const verb = this.editing ? 'gemt' : 'oprettet';
    this.failure.set({
      message: `Det strategiske mål blev ikke ${verb}. Ret de markerede felter, og prøv igen.${unmatched.length ? ` (${unmatched.join(', ')})` : ''}`,
      conflict: false,
    });
    focusFirstInvalid(this.host.nativeElement, this.form);
  }
}

import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { GOVERNANCE_LIMITS, type PriorityCriterion, type PriorityScores, priorityScore } from '@gevinst/domain';
import { ErrorBanner, describeApiError, isVersionConflict, submitDialogForm, toApiError } from '@gevinst/web/ui';
import { map, startWith } from 'rxjs';
import { PrioritisationApi } from '../data-access/prioritisation-api';
import { formatScore } from '../shared/format';
import { type SaveFailure, handleSaveFailure } from '../shared/server-messages';

export interface ScoreDialogData {
  initiative: { id: string; code: string; title: string };
  criteria: readonly PriorityCriterion[];
}

const CONFLICT = 'Scoren er blevet ændret af en anden, siden du åbnede den. Genindlæs for at se den nyeste.';
const SCORE_LABELS = ['0 – slet ikke', '1 – meget lidt', '2 – lidt', '3 – middel', '4 – meget', '5 – i meget høj grad'];

/**
 * "Scor initiativ" (admin, directorate): 0–5 on every criterion, with the weighted priority score 0–100 as it will be.
 * The whole set is saved at once; a criterion left unscored keeps the initiative out of the ranking. Closes with the scores.
 */
@Component({
  selector: 'gv-score-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, ErrorBanner],
  templateUrl: './score-dialog.html',
  styleUrl: './score-dialog.scss',
})
export class ScoreDialog {
  protected readonly data = inject<ScoreDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ScoreDialog, PriorityScores>>(MatDialogRef);
  private readonly api = inject(PrioritisationApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly criteria = this.data.criteria;
  protected readonly options = Array.from({ length: GOVERNANCE_LIMITS.scoreMax + 1 }, (_, value) => ({ value, label: SCORE_LABELS[value] ?? `${value}` }));
  protected readonly form = new FormGroup<Record<string, FormControl<number | null>>>(
    Object.fromEntries(this.criteria.map((criterion) => [criterion.id, new FormControl<number | null>(null, Validators.required)])),
  );
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private version: number | undefined;

  private readonly values = toSignal(this.form.valueChanges.pipe(startWith(null), map(() => this.form.getRawValue())), { requireSync: true });
  /** The priority score the initiative gets with these scores, or null until every criterion is scored. */
  protected readonly preview = computed(() => {
    const values = this.values();
    const scores = Object.entries(values).flatMap(([criterionId, score]) => (score === null ? [] : [{ criterionId, score }]));
    const total = priorityScore(this.criteria, scores);
    return total === null ? 'Prioritetsscore: beregnes, når alle kriterier er scoret' : `Prioritetsscore: ${formatScore(total)} af 100`;
  });

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    this.load();
  }

  protected reload(): void {
    this.failure.set(null);
    this.load();
  }

  protected save(): void {
    if (this.loading()) return;
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const scores = Object.entries(this.form.getRawValue()).map(([criterionId, score]) => ({ criterionId, score: score as number }));
        return this.api.replaceScores(this.data.initiative.id, { version: this.version, scores });
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (error) => this.failure.set(handleSaveFailure(this.form, error, 'Scoren', CONFLICT)),
    });
  }

  private load(): void {
    this.loading.set(true);
    this.api.scores(this.data.initiative.id).subscribe({
      next: (current) => {
        this.version = current.version;
        const byCriterion = new Map(current.scores.map((s) => [s.criterionId, s.score]));
        this.form.reset(Object.fromEntries(this.criteria.map((c) => [c.id, byCriterion.get(c.id) ?? null])));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        const apiError = toApiError(error);
        this.loadError.set(isVersionConflict(apiError) ? CONFLICT : describeApiError(apiError));
        this.loading.set(false);
      },
    });
  }
}

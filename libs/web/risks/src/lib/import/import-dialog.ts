import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import {
  type ImportRowError,
  RISK_CATEGORY_LABELS,
  RISK_STATUS_LABELS,
  type RiskImportMode,
  type RiskImportPreview,
} from '@gevinst/domain';
import { ErrorBanner, toApiError } from '@gevinst/web/ui';
import { RisksApi } from '../data-access/risks-api';
import { RiskBandBadge } from '../shared/risk-band-badge';
import { riskCount } from '../shared/heat-map-data';
import { checkFile } from './file-messages';
import { type ImportFailure, describeImportFailure } from './import-messages';

export interface ImportDialogData {
  initiativeId: string;
  templateUrl: string;
}

/**
 * "Importér fra Excel": choose append or replace and an .xlsx risk log, check it (a preview with every row's
 * problems), and import only a file without errors. Closes with the committed result.
 */
@Component({
  selector: 'gv-risk-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatProgressBarModule, MatRadioModule, ErrorBanner, RiskBandBadge],
  templateUrl: './import-dialog.html',
  styleUrl: './import-dialog.scss',
})
export class RiskImportDialog {
  protected readonly data = inject<ImportDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RiskImportDialog, RiskImportPreview>>(MatDialogRef);
  private readonly api = inject(RisksApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly riskCount = riskCount;
  protected readonly mode = new FormControl<RiskImportMode>('append', { nonNullable: true });
  protected readonly modeValue = signal<RiskImportMode>('append');
  protected readonly file = signal<File | null>(null);
  /** A problem with the chosen file, shown under the file field. */
  protected readonly fileError = signal<string | null>(null);
  protected readonly preview = signal<RiskImportPreview | null>(null);
  protected readonly failure = signal<ImportFailure | null>(null);
  protected readonly busy = signal(false);

  /** Row errors of the preview, or of a refused import. */
  protected readonly rowErrors = computed<ImportRowError[]>(() => this.failure()?.rowErrors ?? this.preview()?.errors ?? []);
  protected readonly canImport = computed(() => {
    const preview = this.preview();
    return !this.busy() && preview !== null && preview.errors.length === 0 && preview.rows.length > 0 && !this.failure();
  });

  constructor() {
    // A preview belongs to one file and one mode.
    this.mode.valueChanges.pipe(takeUntilDestroyed()).subscribe((mode) => {
      this.modeValue.set(mode);
      this.clearResult();
    });
  }

  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.item(0) ?? null;
    this.file.set(file);
    this.clearResult();
    this.fileError.set(file ? checkFile(file) : null);
  }

  /** "Kontrollér filen": the preview (commit=false). */
  protected check(): void {
    if (this.busy()) return;
    const problem = checkFile(this.file());
    this.clearResult();
    this.fileError.set(problem);
    if (problem) {
      this.host.nativeElement.querySelector<HTMLInputElement>('#risk-import-file')?.focus();
      return;
    }
    this.send(false);
  }

  /** "Importér": only after a preview without errors. */
  protected commit(): void {
    if (!this.canImport()) return;
    this.send(true);
  }

  private send(commit: boolean): void {
    const file = this.file() as File;
    this.busy.set(true);
    this.failure.set(null);
    this.api.importFile(this.data.initiativeId, file, this.mode.value, commit).subscribe({
      next: (result) => {
        this.busy.set(false);
        if (commit && result.committed) {
          this.dialogRef.close(result);
          return;
        }
        this.preview.set(result);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const failure = describeImportFailure(toApiError(error));
        this.failure.set(failure);
        if (failure.rowErrors === null) this.preview.set(null);
      },
    });
  }

  private clearResult(): void {
    this.preview.set(null);
    this.failure.set(null);
  }
}

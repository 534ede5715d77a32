import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  FUNDING_CATEGORIES,
  FUNDING_CATEGORY_LABELS,
  FUNDING_LIMITS,
  FUNDING_LINE_STATUSES,
  FUNDING_LINE_STATUS_LABELS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  type FundingLine,
  type FundingPool,
} from '@gevinst/domain';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, Today, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { catchError, of } from 'rxjs';
import { FundingApi } from '../data-access/funding-api';
import { LINE_CONFLICT_MESSAGE, type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';
import {
  type FundingLineForm,
  NAMED_SOURCES,
  createFundingLineForm,
  fillFundingLineForm,
  syncSourceFields,
  toFundingLineRequest,
} from './funding-line-form.model';

export interface FundingLineDialogData {
  initiativeId: string;
  /** Absent: a new line. */
  line?: FundingLine;
  /** Finance (or admin): sets the status; a project lead's lines are proposals. */
  finance: boolean;
}

const REQUIRED: Record<string, string> = {
  year: 'Skriv året',
  category: 'Vælg en kategori',
  poolId: 'Vælg puljen',
  payingDepartmentId: 'Vælg den betalende forvaltning',
  amount: 'Skriv beløbet',
};

/** "Ny finansieringslinje" and "Redigér finansieringslinje": every field of a line. Closes with the saved line. */
@Component({
  selector: 'gv-funding-line-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBanner],
  templateUrl: './funding-line-dialog.html',
  styleUrl: './funding-line-dialog.scss',
})
export class FundingLineDialog {
  protected readonly data = inject<FundingLineDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<FundingLineDialog, FundingLine>>(MatDialogRef);
  private readonly api = inject(FundingApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly departments = inject(DepartmentsStore);
  private readonly today = inject(Today);

  private line = this.data.line;
  protected readonly editing = this.line !== undefined;
  /** Granted from a pool: the source and pool are the application's. */
  protected readonly granted = this.line?.applicationId != null;
  protected readonly heading = this.editing ? 'Redigér finansieringslinje' : 'Ny finansieringslinje';
  protected readonly finance = this.data.finance;

  protected readonly categories = FUNDING_CATEGORIES.map((value) => ({ value, label: FUNDING_CATEGORY_LABELS[value] }));
  protected readonly sources = FUNDING_SOURCES.map((value) => ({ value, label: FUNDING_SOURCE_LABELS[value] }));
  protected readonly statuses = FUNDING_LINE_STATUSES.map((value) => ({ value, label: FUNDING_LINE_STATUS_LABELS[value] }));
  protected readonly limits = FUNDING_LIMITS;
  protected readonly namedSources = NAMED_SOURCES;
  /** The pools to choose from; the line's own pool stays choosable if the list cannot be fetched. */
  protected readonly pools = toSignal(
    this.api.pools().pipe(catchError(() => of<FundingPool[]>(this.line?.pool ? [{ ...this.line.pool, rules: null, years: [], version: 0 }] : []))),
    { initialValue: [] as FundingPool[] },
  );

  protected readonly form: FundingLineForm = createFundingLineForm(this.today.year());
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private version = this.line?.version ?? 0;
  /** The fresh line a 409 carries, shown on "Genindlæs". */
  private latest: FundingLine | null = null;

  constructor() {
    if (this.line) fillFundingLineForm(this.form, this.line);
    if (this.granted) this.form.controls.source.disable({ emitEvent: false });
    syncSourceFields(this.form, this.granted);
    const changeDetector = inject(ChangeDetectorRef);
    this.form.controls.source.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => syncSourceFields(this.form, this.granted));
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: keyof FundingLineForm['controls']): string {
    return fieldErrorMessage(this.form.controls[name], REQUIRED[name]);
  }

  protected reloadLatest(): void {
    if (!this.latest) return;
    this.line = this.latest;
    fillFundingLineForm(this.form, this.latest);
    syncSourceFields(this.form, this.granted);
    this.version = this.latest.version;
    this.failure.set(null);
  }

  protected save(): void {
    submitDialogForm({
      form: this.form as FormGroup,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const request = toFundingLineRequest(this.form, { finance: this.finance });
        const line = this.line;
        if (!line) return this.api.createLine(this.data.initiativeId, request);
        // A granted line keeps the source and pool of its application: they are not sent.
        const { source: _source, poolId: _poolId, ...granted } = request;
        return this.api.updateLine(line.id, { ...(this.granted ? granted : request), version: this.version });
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => {
        this.latest = isFundingLine(apiError.current) ? apiError.current : null;
        this.failure.set(handleSaveFailure(this.form as FormGroup, apiError, 'Linjen', LINE_CONFLICT_MESSAGE));
        focusFirstInvalid(this.host.nativeElement, this.form as FormGroup);
      },
    });
  }
}

function isFundingLine(value: unknown): value is FundingLine {
  const candidate = value as Partial<FundingLine> | null;
  return typeof candidate?.id === 'string' && typeof candidate.version === 'number' && typeof candidate.amount === 'number';
}

import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { GOVERNANCE_LIMITS, RAG_LABELS, RAG_STATUSES, REPORT_DIMENSION_LABELS, type StatusReport } from '@gevinst/domain';
import { AccessibleCalendarHeader, ErrorBanner, Today, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { GovernanceApi } from '../data-access/governance-api';
import { type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';
import { RAG_FIELDS, type RagField, type StatusReportForm, createStatusReportForm, fillStatusReportForm, toStatusReportRequest } from './status-report-form.model';

export interface StatusReportDialogData {
  initiativeId: string;
  /** Absent: a new draft. */
  report?: StatusReport;
}

const CONFLICT = 'Rapporten er blevet ændret af en anden, siden du åbnede den. Genindlæs for at se de nyeste oplysninger.';

const RAG_LEGENDS: Record<RagField, string> = { overall: 'Samlet status', ...REPORT_DIMENSION_LABELS };

const REQUIRED: Partial<Record<keyof StatusReportForm['controls'], string>> = {
  periodStart: 'Skriv periodens første dag',
  periodEnd: 'Skriv periodens sidste dag',
  summary: 'Skriv et kort resumé',
};

/** "Ny statusrapport" and "Redigér statusrapport": a draft for a period. Closes with the saved report. */
@Component({
  selector: 'gv-status-report-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    ErrorBanner,
  ],
  templateUrl: './status-report-dialog.html',
  styleUrl: './governance-dialogs.scss',
})
export class StatusReportDialog {
  protected readonly data = inject<StatusReportDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<StatusReportDialog, StatusReport>>(MatDialogRef);
  private readonly api = inject(GovernanceApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly today = inject(Today);

  private report = this.data.report;
  protected readonly editing = this.report !== undefined;
  protected readonly heading = this.editing ? 'Redigér statusrapport' : 'Ny statusrapport';
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly limits = GOVERNANCE_LIMITS;
  protected readonly ragFields = RAG_FIELDS;
  protected readonly ragLegends = RAG_LEGENDS;
  protected readonly ragOptions = RAG_STATUSES.map((value) => ({ value, label: RAG_LABELS[value] }));

  protected readonly form = createStatusReportForm(this.today.date());
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private version = this.report?.version ?? 0;
  private latest: StatusReport | null = null;

  constructor() {
    if (this.report) fillStatusReportForm(this.form, this.report);
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    this.form.controls.periodStart.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.periodEnd.updateValueAndValidity());
  }

  protected errorFor(name: keyof StatusReportForm['controls']): string {
    return fieldErrorMessage(this.form.controls[name], REQUIRED[name] ?? 'Vælg en status');
  }

  protected showRagError(name: RagField): boolean {
    const control = this.form.controls[name];
    return control.invalid && control.touched;
  }

  protected reloadLatest(): void {
    if (!this.latest) return;
    this.report = this.latest;
    fillStatusReportForm(this.form, this.latest);
    this.version = this.latest.version;
    this.failure.set(null);
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const request = toStatusReportRequest(this.form);
        const report = this.report;
        return report ? this.api.updateStatusReport(report.id, { ...request, version: this.version }) : this.api.createStatusReport(this.data.initiativeId, request);
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => {
        this.latest = isReport(apiError.current) ? apiError.current : null;
        this.failure.set(handleSaveFailure(this.form, apiError, 'Rapporten blev ikke gemt', CONFLICT));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}

function isReport(value: unknown): value is StatusReport {
  const candidate = value as Partial<StatusReport> | null;
  return typeof candidate?.id === 'string' && typeof candidate.version === 'number' && typeof candidate.periodStart === 'string';
}

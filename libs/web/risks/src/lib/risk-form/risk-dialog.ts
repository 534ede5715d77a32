import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  type ApiError,
  type FieldError,
  RISK_ACTION_STATUSES,
  RISK_ACTION_STATUS_LABELS,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  RISK_HANDLERS,
  RISK_HANDLER_LABELS,
  RISK_LIMITS,
  RISK_STATUSES,
  RISK_STATUS_LABELS,
  type Risk,
  type RiskBand,
  type RiskRating,
  isActionOverdue,
  riskBand,
} from '@gevinst/domain';
import {
  AccessibleCalendarHeader,
  ErrorBanner,
  Today,
  applyServerFieldErrors,
  focusFirstInvalid,
  hasFieldErrors,
  isVersionConflict,
  submitDialogForm,
  toIsoDate,
} from '@gevinst/web/ui';
import { RiskOwnerOptions } from '../data-access/owner-options';
import { RisksApi } from '../data-access/risks-api';
import { RISK_CONFLICT_MESSAGE, type SaveFailure, failureOf, fieldErrorMessage, toDanishFieldMessage } from '../shared/form-errors';
import { RiskBandBadge } from '../shared/risk-band-badge';
import {
  type ActionRow,
  type RiskForm,
  actionRow,
  createRiskForm,
  fillRiskForm,
  lockRiskForm,
  riskRequiredMessage,
  toOwnerUpdate,
  toRiskRequest,
} from './risk-form.model';

export interface RiskDialogData {
  initiativeId: string;
  /** Absent: "Ny risiko". */
  risk?: Risk;
}

/** The template's 1–5 scale in words. */
export const RATING_OPTIONS: ReadonlyArray<{ value: RiskRating; label: string }> = [
  { value: 1, label: '1 – Meget lav' },
  { value: 2, label: '2 – Lav' },
  { value: 3, label: '3 – Middel' },
  { value: 4, label: '4 – Høj' },
  { value: 5, label: '5 – Meget høj' },
];

const ACTION_FIELD = /^actions\.(\d+)\.(action|responsible|deadline|status)$/;

/**
 * "Ny risiko" and "Redigér risiko": every column of the municipal risk log, with the mitigation actions as an
 * editable list. The risk owner (can.update without can.manage) changes only status, actions and the review date;
 * the rest is shown read-only and not sent. Closes with the saved risk.
 */
@Component({
  selector: 'gv-risk-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorBanner,
    RiskBandBadge,
  ],
  templateUrl: './risk-dialog.html',
  styleUrl: './risk-dialog.scss',
})
export class RiskDialog {
  protected readonly data = inject<RiskDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RiskDialog, Risk>>(MatDialogRef);
  private readonly api = inject(RisksApi);
  private readonly owners = inject(RiskOwnerOptions);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly today = inject(Today);

  private risk = this.data.risk;
  protected readonly editing = this.risk !== undefined;
  protected readonly can = this.risk?.can ?? { manage: true, update: true };
  /** The risk owner: status, actions and review date only. */
  protected readonly ownerOnly = !this.can.manage && this.can.update;
  protected readonly readOnly = !this.can.manage && !this.can.update;
  protected readonly heading = this.risk
    ? `${this.readOnly ? 'Risiko' : 'Redigér risiko'} ${this.risk.number}`
    : 'Ny risiko';

  protected readonly categories = RISK_CATEGORIES.map((value) => ({ value, label: RISK_CATEGORY_LABELS[value] }));
  protected readonly handlers = RISK_HANDLERS.map((value) => ({ value, label: RISK_HANDLER_LABELS[value] }));
  protected readonly statuses = RISK_STATUSES.map((value) => ({ value, label: RISK_STATUS_LABELS[value] }));
  protected readonly actionStatuses = RISK_ACTION_STATUSES.map((value) => ({ value, label: RISK_ACTION_STATUS_LABELS[value] }));
  protected readonly ratings = RATING_OPTIONS;
  protected readonly actionsMax = RISK_LIMITS.actionsMax;
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly earliestDate = new Date(2000, 0, 1);
  protected readonly latestDate = new Date(2099, 11, 31);
  protected readonly allOwners = this.owners.canListAll();
  protected readonly ownerOptions = toSignal(this.owners.load(this.risk?.owner ?? null), { initialValue: [] });

  protected readonly form: RiskForm = createRiskForm(this.today.date());
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private version = this.risk?.version ?? 0;
  /** The fresh risk a 409 carries, shown on "Genindlæs". */
  private latest: Risk | null = null;

  constructor() {
    if (this.risk) {
      fillRiskForm(this.form, this.risk);
      lockRiskForm(this.form, this.can);
    }
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected get rows(): ActionRow[] {
    return this.form.controls.actions.controls;
  }

  protected errorFor(name: keyof RiskForm['controls']): string {
    return fieldErrorMessage(this.form.controls[name], riskRequiredMessage(name));
  }

  protected actionErrorFor(row: ActionRow, name: keyof ActionRow['controls']): string {
    return fieldErrorMessage(row.controls[name], riskRequiredMessage(name));
  }

  /** Score and band of a pair of ratings, or null until both are chosen. */
  protected rating(probability: RiskRating | null, consequence: RiskRating | null): { score: number; band: RiskBand } | null {
    if (probability === null || consequence === null) return null;
    const score = probability * consequence;
    return { score, band: riskBand(score) };
  }

  protected isOverdue(row: ActionRow): boolean {
    const { deadline, status } = row.getRawValue();
    return isActionOverdue({ deadline: toIsoDate(deadline), status }, this.today.today());
  }

  /** The row the first-invalid focus goes to (submitDialogForm looks for data-control="actions"). */
  protected firstInvalidRow(): number {
    return this.rows.findIndex((row) => row.invalid);
  }

  protected reviewedToday(): void {
    this.form.controls.lastReviewedOn.setValue(this.today.date());
    this.form.controls.lastReviewedOn.markAsDirty();
  }

  protected addAction(): void {
    this.form.controls.actions.push(actionRow());
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLTextAreaElement>('.risk-form__action:last-of-type textarea')?.focus(),
      { injector: this.injector },
    );
  }

  protected removeAction(index: number): void {
    this.form.controls.actions.removeAt(index);
    this.host.nativeElement.querySelector<HTMLButtonElement>('.risk-form__add-action')?.focus();
  }

  protected reloadLatest(): void {
    if (!this.latest) return;
    this.risk = this.latest;
    fillRiskForm(this.form, this.latest);
    lockRiskForm(this.form, this.can);
    this.version = this.latest.version;
    this.failure.set(null);
  }

  protected save(): void {
    if (this.readOnly) return;
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const risk = this.risk;
        if (!risk) return this.api.create(this.data.initiativeId, toRiskRequest(this.form));
        const changes = this.ownerOnly ? toOwnerUpdate(this.form) : toRiskRequest(this.form);
        return this.api.update(risk.id, { ...changes, version: this.version });
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => {
        this.latest = isRisk(apiError.current) ? apiError.current : null;
        this.failure.set(this.handleFailure(apiError));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }

  /** Field errors go under their fields (actions.N.field under that action's field), the rest becomes a banner. */
  private handleFailure(error: ApiError): SaveFailure {
    if (isVersionConflict(error)) return { message: RISK_CONFLICT_MESSAGE, details: [], conflict: true };
    if (!hasFieldErrors(error)) return failureOf(error);
    const unmatched: string[] = [];
    const topLevel: FieldError[] = [];
    for (const detail of error.details ?? []) {
      const messages = [...new Set(detail.messages.map(toDanishFieldMessage))];
      const match = ACTION_FIELD.exec(detail.field);
      if (!match) {
        // The list as a whole ("actions", "actions.3"): a banner line, not an error on the array.
        if (detail.field.split('.')[0] === 'actions') unmatched.push(...messages);
        else topLevel.push({ field: detail.field, messages });
        continue;
      }
      const control = this.rows[Number(match[1])]?.controls[match[2] as keyof ActionRow['controls']];
      if (control) {
        control.setErrors({ ...control.errors, server: messages.join('. ') });
        control.markAsTouched();
      } else unmatched.push(...messages);
    }
    const rest = applyServerFieldErrors(this.form as FormGroup, topLevel, (_field, messages) => messages.join('. '));
    unmatched.push(...topLevel.filter((d) => rest.includes(d.field)).flatMap((d) => d.messages));
    return { message: 'Risikoen blev ikke gemt. Ret de markerede felter, og prøv igen.', details: unmatched, conflict: false };
  }
}

function isRisk(value: unknown): value is Risk {
  const candidate = value as Partial<Risk> | null;
  return typeof candidate?.id === 'string' && typeof candidate.version === 'number' && Array.isArray(candidate.actions);
}

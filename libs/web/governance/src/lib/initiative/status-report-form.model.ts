import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import { GOVERNANCE_LIMITS, REPORT_DIMENSIONS, type Rag, type ReportDimension, type StatusReport, type StatusReportRequest } from '@gevinst/domain';
import { fromIsoDate, toIsoDate } from '@gevinst/web/ui';
import { requiredText } from '../shared/form-errors';
import { defaultPeriod } from '../shared/report-period';

/** The RAG controls in the order the form shows them: the overall status, then the five dimensions. */
export const RAG_FIELDS = ['overall', ...REPORT_DIMENSIONS] as const;
export type RagField = (typeof RAG_FIELDS)[number];

export type StatusReportForm = FormGroup<{
  periodStart: FormControl<Date | null>;
  periodEnd: FormControl<Date | null>;
  overall: FormControl<Rag | null>;
  scope: FormControl<Rag | null>;
  time: FormControl<Rag | null>;
  budget: FormControl<Rag | null>;
  benefits: FormControl<Rag | null>;
  risks: FormControl<Rag | null>;
  summary: FormControl<string>;
  nextSteps: FormControl<string>;
  decisionRequest: FormControl<string>;
}>;

/** The period ends on or after its start (the error sits on the end date). */
function endNotBeforeStart(control: AbstractControl<Date | null>): ValidationErrors | null {
  const start = (control.parent?.get('periodStart')?.value ?? null) as Date | null;
  const end = control.value;
  return start && end && end.getTime() < start.getTime() ? { periodOrder: true } : null;
}

const rag = () => new FormControl<Rag | null>(null, Validators.required);
const text = (required = false) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [requiredText] : []), Validators.maxLength(GOVERNANCE_LIMITS.textMax)] });

/** An empty report for the calendar month of `today`; the statuses are left for the author to choose. */
export function createStatusReportForm(today: Date): StatusReportForm {
  const { start, end } = defaultPeriod(today);
  const form: StatusReportForm = new FormGroup({
    periodStart: new FormControl<Date | null>(start, Validators.required),
    periodEnd: new FormControl<Date | null>(end, [Validators.required, endNotBeforeStart]),
    overall: rag(),
    scope: rag(),
    time: rag(),
    budget: rag(),
    benefits: rag(),
    risks: rag(),
    summary: text(true),
    nextSteps: text(),
    decisionRequest: text(),
  });
  return form;
}

export function fillStatusReportForm(form: StatusReportForm, report: StatusReport): void {
  form.setValue({
    periodStart: fromIsoDate(report.periodStart),
    periodEnd: fromIsoDate(report.periodEnd),
    overall: report.overall,
    ...report.dimensions,
    summary: report.summary,
    nextSteps: report.nextSteps ?? '',
    decisionRequest: report.decisionRequest ?? '',
  });
}

export function toStatusReportRequest(form: StatusReportForm): StatusReportRequest {
  const value = form.getRawValue();
  const dimensions = Object.fromEntries(REPORT_DIMENSIONS.map((d) => [d, value[d] as Rag])) as Record<ReportDimension, Rag>;
  return {
    periodStart: toIsoDate(value.periodStart) ?? '',
    periodEnd: toIsoDate(value.periodEnd) ?? '',
    overall: value.overall as Rag,
    dimensions,
    summary: value.summary.trim(),
    nextSteps: value.nextSteps.trim() || null,
    decisionRequest: value.decisionRequest.trim() || null,
  };
}

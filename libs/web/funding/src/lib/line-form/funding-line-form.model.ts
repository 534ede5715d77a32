import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  FUNDING_LIMITS,
  type FundingCategory,
  type FundingLine,
  type FundingLineRequest,
  type FundingLineStatus,
  type FundingSource,
} from '@gevinst/domain';
import { requiredText } from '../shared/form-errors';
import { kronerValidator, parseKroner, toKronerInput } from '../shared/money';

export type FundingLineForm = FormGroup<{
  year: FormControl<number | null>;
  category: FormControl<FundingCategory | null>;
  source: FormControl<FundingSource>;
  poolId: FormControl<string | null>;
  sourceName: FormControl<string>;
  payingDepartmentId: FormControl<string | null>;
  amount: FormControl<string>;
  note: FormControl<string>;
  status: FormControl<FundingLineStatus>;
}>;

/** Sources that name their fund in free text (central funds, an external grant). */
export const NAMED_SOURCES: readonly FundingSource[] = ['central', 'external_grant'];

export function createFundingLineForm(defaultYear: number): FundingLineForm {
  return new FormGroup({
    year: new FormControl<number | null>(defaultYear, [
      Validators.required,
      Validators.min(FUNDING_LIMITS.yearMin),
      Validators.max(FUNDING_LIMITS.yearMax),
    ]),
    category: new FormControl<FundingCategory | null>(null, Validators.required),
    source: new FormControl<FundingSource>('own_budget', { nonNullable: true, validators: Validators.required }),
    poolId: new FormControl<string | null>({ value: null, disabled: true }, Validators.required),
    sourceName: new FormControl('', { nonNullable: true, validators: Validators.maxLength(FUNDING_LIMITS.nameMax) }),
    payingDepartmentId: new FormControl<string | null>(null, Validators.required),
    amount: new FormControl('', { nonNullable: true, validators: [requiredText, kronerValidator({ min: 0.01 })] }),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(FUNDING_LIMITS.noteMax) }),
    status: new FormControl<FundingLineStatus>('confirmed', { nonNullable: true }),
  });
}

/** The pool applies to pool lines, the free-text name to central funds and grants; the others are switched off. */
export function syncSourceFields(form: FundingLineForm, lockedSource: boolean): void {
  const source = form.controls.source.value;
  const { poolId, sourceName } = form.controls;
  if (source === 'pool' && !lockedSource) poolId.enable({ emitEvent: false });
  else poolId.disable({ emitEvent: false });
  if (NAMED_SOURCES.includes(source)) sourceName.enable({ emitEvent: false });
  else sourceName.disable({ emitEvent: false });
}

export function fillFundingLineForm(form: FundingLineForm, line: FundingLine): void {
  form.reset({
    year: line.year,
    category: line.category,
    source: line.source,
    poolId: line.pool?.id ?? null,
    sourceName: line.sourceName ?? '',
    payingDepartmentId: line.payingDepartment.id,
    amount: toKronerInput(line.amount),
    note: line.note ?? '',
    status: line.status,
  });
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The request from a valid form: the amount as a JSON number of kroner, the pool only for pool lines and the name
 * only for central funds and grants. The status is sent by finance only.
 */
export function toFundingLineRequest(form: FundingLineForm, options: { finance: boolean }): FundingLineRequest {
  const value = form.getRawValue();
  const request: FundingLineRequest = {
    year: value.year as number,
    category: value.category as FundingCategory,
    amount: parseKroner(value.amount) as number,
    source: value.source,
    poolId: value.source === 'pool' ? value.poolId : null,
    sourceName: NAMED_SOURCES.includes(value.source) ? text(value.sourceName) : null,
    payingDepartmentId: value.payingDepartmentId as string,
    note: text(value.note),
  };
  if (options.finance) request.status = value.status;
  return request;
}

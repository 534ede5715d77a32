import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import {
  BENEFIT_LIMITS,
  type Benefit,
  type BenefitRequest,
  type BenefitStatus,
  type BenefitType,
  type BenefitUnit,
} from '@gevinst/domain';
import { requiredText } from '../shared/form-errors';

/** Control names equal the request's property names, so server field errors map one to one. */
export type BenefitForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  type: FormControl<BenefitType | null>;
  quantified: FormControl<boolean>;
  unit: FormControl<BenefitUnit | null>;
  unitLabel: FormControl<string>;
  goalId: FormControl<string | null>;
  ownerUserId: FormControl<string | null>;
  receivingDepartmentId: FormControl<string | null>;
  preconditions: FormControl<string>;
  measurementMethod: FormControl<string>;
  inBudget: FormControl<boolean>;
  status: FormControl<BenefitStatus>;
}>;

/** The unit a type is counted in, where the type decides it. */
export const UNIT_OF_TYPE: Partial<Record<BenefitType, BenefitUnit>> = { economic: 'DKK', time: 'hours' };

const text = (max: number, required = false) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [requiredText] : []), Validators.maxLength(max)] });

/** A unit is needed only for a quantified benefit: one described in words has no amounts to count. */
function unitWhenQuantified(control: AbstractControl<BenefitUnit | null>): ValidationErrors | null {
  const form = control.parent as BenefitForm | null;
  return form?.controls.quantified.value === false ? null : Validators.required(control);
}

/** The unit's name is needed for a quantified 'other' only. */
function unitLabelWhenOther(control: AbstractControl<string>): ValidationErrors | null {
  const form = control.parent as BenefitForm | null;
  return form?.controls.quantified.value !== false && form?.controls.unit.value === 'other' ? requiredText(control) : null;
}

export function createBenefitForm(): BenefitForm {
  const form: BenefitForm = new FormGroup({
    title: text(BENEFIT_LIMITS.titleMax, true),
    description: text(BENEFIT_LIMITS.textMax),
    type: new FormControl<BenefitType | null>(null, Validators.required),
    quantified: new FormControl(true, { nonNullable: true }),
    unit: new FormControl<BenefitUnit | null>(null, unitWhenQuantified),
    unitLabel: new FormControl('', {
      nonNullable: true,
      validators: [unitLabelWhenOther, Validators.maxLength(BENEFIT_LIMITS.unitMax)],
    }),
    goalId: new FormControl<string | null>(null),
    ownerUserId: new FormControl<string | null>(null),
    receivingDepartmentId: new FormControl<string | null>(null),
    preconditions: text(BENEFIT_LIMITS.textMax),
    measurementMethod: text(BENEFIT_LIMITS.textMax),
    inBudget: new FormControl(false, { nonNullable: true }),
    status: new FormControl<BenefitStatus>('planned', { nonNullable: true }),
  });
  form.controls.type.valueChanges.subscribe((type) => lockUnit(form, type));
  form.controls.unit.valueChanges.subscribe(() => form.controls.unitLabel.updateValueAndValidity({ emitEvent: false }));
  form.controls.quantified.valueChanges.subscribe(() => {
    form.controls.unit.updateValueAndValidity({ emitEvent: false });
    form.controls.unitLabel.updateValueAndValidity({ emitEvent: false });
  });
  return form;
}

/** Economic benefits are counted in DKK and freed time in hours: the type sets the unit and locks it. */
function lockUnit(form: BenefitForm, type: BenefitType | null): void {
  const unit = type ? UNIT_OF_TYPE[type] : undefined;
  if (unit) {
    form.controls.unit.setValue(unit);
    form.controls.unit.disable({ emitEvent: false });
  } else {
    form.controls.unit.enable({ emitEvent: false });
  }
}

export function fillBenefitForm(form: BenefitForm, benefit: Benefit): void {
  form.reset({
    title: benefit.title,
    description: benefit.description ?? '',
    type: benefit.type,
    quantified: benefit.quantified,
    unit: benefit.unit,
    unitLabel: benefit.unitLabel ?? '',
    goalId: benefit.goalId,
    ownerUserId: benefit.owner?.id ?? null,
    receivingDepartmentId: benefit.receivingDepartmentId,
    preconditions: benefit.preconditions ?? '',
    measurementMethod: benefit.measurementMethod ?? '',
    inBudget: benefit.inBudget,
    status: benefit.status,
  });
  lockUnit(form, benefit.type);
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The request for a valid form (without the yearly profile, which has its own editor). */
export function toBenefitRequest(form: BenefitForm): Omit<BenefitRequest, 'years'> {
  const value = form.getRawValue();
  const unit = value.unit ?? undefined;
  return {
    title: value.title.trim(),
    description: optional(value.description),
    type: value.type as BenefitType,
    quantified: value.quantified,
    unit,
    unitLabel: unit === 'other' ? optional(value.unitLabel) : null,
    goalId: value.goalId,
    ownerUserId: value.ownerUserId,
    receivingDepartmentId: value.receivingDepartmentId,
    preconditions: optional(value.preconditions),
    measurementMethod: optional(value.measurementMethod),
    inBudget: value.inBudget,
    status: value.status,
  };
}

const REQUIRED: Record<string, string> = {
  title: 'Skriv gevinstens titel',
  type: 'Vælg en type',
  unit: 'Vælg en enhed',
  unitLabel: 'Skriv enhedens navn, fx sager eller besøg',
};

export function benefitRequiredMessage(name: string): string {
  return REQUIRED[name] ?? 'Feltet skal udfyldes';
}

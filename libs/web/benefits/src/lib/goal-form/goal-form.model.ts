import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import { BENEFIT_LIMITS, type Direction, type Goal, type GoalRequest } from '@gevinst/domain';
import { fromIsoDate, toIsoDate } from '@gevinst/web/ui';
import { parseDanishNumber, toInputNumber } from '../shared/danish-number';
import { danishNumber, requiredText } from '../shared/form-errors';

/** Control names equal the request's property names, so server field errors map one to one. */
export type GoalForm = FormGroup<{
  title: FormControl<string>;
  indicatorName: FormControl<string>;
  unit: FormControl<string>;
  direction: FormControl<Direction | null>;
  baselineValue: FormControl<string>;
  baselineDate: FormControl<Date | null>;
  targetValue: FormControl<string>;
  targetDate: FormControl<Date | null>;
  pessimisticTarget: FormControl<string>;
  optimisticTarget: FormControl<string>;
  strategicGoalId: FormControl<string | null>;
  sideEffects: FormControl<string>;
  sideEffectsConsidered: FormControl<boolean>;
}>;

const text = (max: number, required = false) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [requiredText] : []), Validators.maxLength(max)] });

const number = (required = false) =>
  new FormControl('', { nonNullable: true, validators: required ? [requiredText, danishNumber] : [danishNumber] });

/** Baseline value and date go together (on the date, so the message sits under it). */
function baselinePair(control: AbstractControl<Date | null>): ValidationErrors | null {
  const form = control.parent as GoalForm | null;
  if (!form) return null;
  const hasValue = parseDanishNumber(form.controls.baselineValue.value) !== null;
  return hasValue !== (control.value !== null) ? { baselinePair: true } : null;
}

/** Achievement is undefined towards a target equal to the baseline. */
function differsFromBaseline(control: AbstractControl<string>): ValidationErrors | null {
  const form = control.parent as GoalForm | null;
  const baseline = form ? parseDanishNumber(form.controls.baselineValue.value) : null;
  const target = parseDanishNumber(control.value);
  return baseline !== null && target !== null && baseline === target ? { sameAsBaseline: true } : null;
}

export function createGoalForm(): GoalForm {
  const form: GoalForm = new FormGroup({
    title: text(BENEFIT_LIMITS.titleMax, true),
    indicatorName: text(BENEFIT_LIMITS.titleMax, true),
    unit: text(BENEFIT_LIMITS.unitMax, true),
    direction: new FormControl<Direction | null>('higher', Validators.required),
    baselineValue: number(),
    baselineDate: new FormControl<Date | null>(null, baselinePair),
    targetValue: new FormControl('', { nonNullable: true, validators: [requiredText, danishNumber, differsFromBaseline] }),
    targetDate: new FormControl<Date | null>(null, Validators.required),
    pessimisticTarget: number(),
    optimisticTarget: number(),
    strategicGoalId: new FormControl<string | null>(null),
    sideEffects: text(BENEFIT_LIMITS.textMax),
    sideEffectsConsidered: new FormControl(false, { nonNullable: true }),
  });
  // The date's and the target's checks read the baseline value.
  form.controls.baselineValue.valueChanges.subscribe(() => {
    form.controls.baselineDate.updateValueAndValidity({ emitEvent: false });
    form.controls.targetValue.updateValueAndValidity({ emitEvent: false });
  });
  return form;
}

export function fillGoalForm(form: GoalForm, goal: Goal): void {
  form.reset({
    title: goal.title,
    indicatorName: goal.indicatorName,
    unit: goal.unit,
    direction: goal.direction,
    baselineValue: toInputNumber(goal.baselineValue),
    baselineDate: fromIsoDate(goal.baselineDate),
    targetValue: toInputNumber(goal.targetValue),
    targetDate: fromIsoDate(goal.targetDate),
    pessimisticTarget: toInputNumber(goal.pessimisticTarget),
    optimisticTarget: toInputNumber(goal.optimisticTarget),
    strategicGoalId: goal.strategicGoalId,
    sideEffects: goal.sideEffects ?? '',
    sideEffectsConsidered: goal.sideEffectsConsidered,
  });
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The request for a valid form; empty optional fields are sent as null so that clearing them clears them. */
export function toGoalRequest(form: GoalForm): GoalRequest {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    indicatorName: value.indicatorName.trim(),
    unit: value.unit.trim(),
    direction: value.direction as Direction,
    baselineValue: parseDanishNumber(value.baselineValue),
    baselineDate: toIsoDate(value.baselineDate),
    targetValue: parseDanishNumber(value.targetValue) as number,
    targetDate: toIsoDate(value.targetDate) as string,
    pessimisticTarget: parseDanishNumber(value.pessimisticTarget),
    optimisticTarget: parseDanishNumber(value.optimisticTarget),
    strategicGoalId: value.strategicGoalId,
    sideEffects: optional(value.sideEffects),
    sideEffectsConsidered: value.sideEffectsConsidered,
  };
}

const REQUIRED: Record<string, string> = {
  title: 'Skriv målets titel',
  indicatorName: 'Skriv indikatorens navn',
  unit: 'Skriv indikatorens enhed, fx % eller dage',
  direction: 'Vælg retning',
  targetValue: 'Skriv målværdien',
  targetDate: 'Vælg datoen for målet',
};

export function goalRequiredMessage(name: string): string {
  return REQUIRED[name] ?? 'Feltet skal udfyldes';
}

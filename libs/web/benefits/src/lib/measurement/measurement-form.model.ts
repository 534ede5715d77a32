import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import {
  BENEFIT_LIMITS,
  type MeasurementKind,
  type MeasurementRequest,
  type TimeStudyResult,
  timeStudy,
} from '@gevinst/domain';
import { toIsoDate } from '@gevinst/web/ui';
import { parseDanishNumber } from '../shared/danish-number';
import { danishNumber, requiredText } from '../shared/form-errors';

/** Control names follow the request where they can, in the order the fields appear. */
export type MeasurementForm = FormGroup<{
  kind: FormControl<MeasurementKind | null>;
  measuredOn: FormControl<Date | null>;
  useTimeStudy: FormControl<boolean>;
  value: FormControl<string>;
  minutesBefore: FormControl<string>;
  minutesAfter: FormControl<string>;
  casesPerYear: FormControl<string>;
  hourlyRate: FormControl<string>;
  evaluationPointId: FormControl<string | null>;
  comment: FormControl<string>;
  evidenceUrl: FormControl<string>;
}>;

const notNegative = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = parseDanishNumber(control.value);
  return value !== null && value < 0 ? { min: { min: 0 } } : null;
};

const webAddress = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value.trim() === '' || /^https?:\/\/\S+$/i.test(control.value.trim()) ? null : { url: true };

const numberText = (required: boolean, ...extra: ((c: AbstractControl<string>) => ValidationErrors | null)[]) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [requiredText] : []), danishNumber, ...extra] });

const STUDY_FIELDS = ['minutesBefore', 'minutesAfter', 'casesPerYear', 'hourlyRate'] as const;

export function createMeasurementForm(kind: MeasurementKind | null, today: Date): MeasurementForm {
  const form: MeasurementForm = new FormGroup({
    kind: new FormControl<MeasurementKind | null>(kind, Validators.required),
    measuredOn: new FormControl<Date | null>(today, Validators.required),
    useTimeStudy: new FormControl(false, { nonNullable: true }),
    value: numberText(true),
    minutesBefore: numberText(true, notNegative),
    minutesAfter: numberText(true, notNegative),
    casesPerYear: numberText(true, notNegative),
    hourlyRate: numberText(false, notNegative),
    evaluationPointId: new FormControl<string | null>(null),
    comment: new FormControl('', { nonNullable: true, validators: Validators.maxLength(BENEFIT_LIMITS.textMax) }),
    evidenceUrl: new FormControl('', {
      nonNullable: true,
      validators: [webAddress, Validators.maxLength(BENEFIT_LIMITS.urlMax)],
    }),
  });
  useTimeStudy(form, false);
  form.controls.useTimeStudy.valueChanges.subscribe((on) => useTimeStudy(form, on));
  return form;
}

/** The time study's fields replace the value field: only the visible ones are validated and sent. */
function useTimeStudy(form: MeasurementForm, on: boolean): void {
  const options = { emitEvent: false };
  if (on) form.controls.value.disable(options);
  else form.controls.value.enable(options);
  for (const name of STUDY_FIELDS) {
    if (on) form.controls[name].enable(options);
    else form.controls[name].disable(options);
  }
}

/** Hours (and DKK, with a rate) per year for the helper's current inputs, or null until they are complete and valid. */
export function timeStudyPreview(form: MeasurementForm): TimeStudyResult | null {
  const value = form.getRawValue();
  const before = parseDanishNumber(value.minutesBefore);
  const after = parseDanishNumber(value.minutesAfter);
  const cases = parseDanishNumber(value.casesPerYear);
  const rate = parseDanishNumber(value.hourlyRate);
  if (before === null || after === null || cases === null) return null;
  if (rate !== null && !(Number.isFinite(rate) && rate >= 0)) return null;
  try {
    return timeStudy({
      minutesPerCaseBefore: before,
      minutesPerCaseAfter: after,
      casesPerYear: cases,
      ...(rate !== null ? { hourlyRateDkk: rate } : {}),
    });
  } catch {
    // Negative or unreadable inputs: their fields show the error.
    return null;
  }
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The request for a valid form: either the value or the time study's inputs. */
export function toMeasurementRequest(form: MeasurementForm): MeasurementRequest {
  const value = form.getRawValue();
  const number = (text: string) => parseDanishNumber(text) as number;
  const rate = parseDanishNumber(value.hourlyRate);
  return {
    kind: value.kind as MeasurementKind,
    measuredOn: toIsoDate(value.measuredOn) as string,
    ...(value.useTimeStudy
      ? {
          timeStudy: {
            minutesBefore: number(value.minutesBefore),
            minutesAfter: number(value.minutesAfter),
            casesPerYear: number(value.casesPerYear),
            ...(rate !== null ? { hourlyRate: rate } : {}),
          },
        }
      : { value: number(value.value) }),
    comment: optional(value.comment),
    evidenceUrl: optional(value.evidenceUrl),
    ...(value.evaluationPointId ? { evaluationPointId: value.evaluationPointId } : {}),
  };
}

/** API field paths onto controls: "timeStudy.casesPerYear" → casesPerYear; the study as a whole → its first field. */
export function measurementField(field: string): string {
  if (field === 'timeStudy') return 'minutesBefore';
  if (field.startsWith('timeStudy.')) return field.slice('timeStudy.'.length);
  if (field === 'unit') return 'value';
  return field;
}

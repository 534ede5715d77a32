import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import { BENEFIT_LIMITS, type StrategicGoal, type StrategicGoalRequest } from '@gevinst/domain';

export type StrategicGoalForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
}>;

const trimmedRequired = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value.trim() === '' ? { required: true } : null;

export function createStrategicGoalForm(goal?: StrategicGoal): StrategicGoalForm {
  return new FormGroup({
    title: new FormControl(goal?.title ?? '', {
      nonNullable: true,
      validators: [trimmedRequired, Validators.maxLength(BENEFIT_LIMITS.titleMax)],
    }),
    description: new FormControl(goal?.description ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(BENEFIT_LIMITS.textMax)],
    }),
  });
}

/** Puts the latest saved goal into the form ("Genindlæs" after a conflict). */
export function fillStrategicGoalForm(form: StrategicGoalForm, goal: StrategicGoal): void {
  form.reset({ title: goal.title, description: goal.description ?? '' });
}

/** An empty description is sent as null (the API stores it so). */
export function toStrategicGoalRequest(form: StrategicGoalForm): StrategicGoalRequest {
  const value = form.getRawValue();
  const description = value.description.trim();
  return { title: value.title.trim(), description: description === '' ? null : description };
}

export function strategicGoalFieldError(name: keyof StrategicGoalForm['controls'], control: AbstractControl): string {
  const errors = control.errors;
  if (!errors) return '';
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return 'Skriv en titel';
  if (errors['maxlength']) return `Højst ${(errors['maxlength'] as { requiredLength: number }).requiredLength} tegn`;
  return name === 'title' ? 'Titlen er ikke gyldig' : 'Beskrivelsen er ikke gyldig';
}

/** Danish text for the API's 400 details, per field. */
export function serverStrategicGoalMessage(field: string): string {
  switch (field) {
    case 'title':
      return `Skriv en titel på højst ${BENEFIT_LIMITS.titleMax} tegn`;
    case 'description':
      return `Skriv en beskrivelse på højst ${BENEFIT_LIMITS.textMax} tegn`;
    default:
      return 'Værdien er ikke gyldig';
  }
}

export const STRATEGIC_GOAL_CONFLICT_MESSAGE =
  'Det strategiske mål er blevet ændret af en anden, siden du åbnede det. Genindlæs for at se de nyeste oplysninger.';

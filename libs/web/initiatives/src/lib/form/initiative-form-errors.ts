import type { AbstractControl } from '@angular/forms';
import { format } from 'date-fns';
import { EARLIEST_DATE, LATEST_DATE } from './initiative-form.model';

/** Messages for "required", which differ per field. */
const REQUIRED_MESSAGES: Record<string, string> = {
  title: 'Titel skal udfyldes',
  purpose: 'Formål og problem skal udfyldes',
  leadDepartmentId: 'Vælg den ledende forvaltning',
  sizeClass: 'Vælg en størrelse',
};

const DATE_RANGE_MESSAGE = `Datoen skal ligge mellem ${format(EARLIEST_DATE, 'dd.MM.yyyy')} og ${format(LATEST_DATE, 'dd.MM.yyyy')}`;

/** The Danish message shown under a field for its first error, or '' when it has none. */
export function fieldErrorMessage(controlName: string, control: AbstractControl): string {
  const errors = control.errors;
  if (!errors) return '';
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return REQUIRED_MESSAGES[controlName] ?? 'Feltet skal udfyldes';
  if (errors['maxlength']) {
    const max = (errors['maxlength'] as { requiredLength: number }).requiredLength;
    return `Højst ${max.toLocaleString('da-DK')} tegn`;
  }
  if (errors['maxItems']) return 'Der er valgt for mange forvaltninger';
  if (errors['matDatepickerParse']) return 'Skriv datoen som dd.mm.åååå, fx 01.03.2026';
  // Before the min check: the end picker's minimum is the start date.
  if (errors['endBeforeStart']) return 'Slutdato må ikke ligge før startdato';
  if (errors['matDatepickerMin'] || errors['matDatepickerMax']) return DATE_RANGE_MESSAGE;
  return 'Feltet er ikke udfyldt korrekt';
}

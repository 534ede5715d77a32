import type { AbstractControl } from '@angular/forms';
import { fieldErrorMessage as governanceFieldError } from '../../shared/form-errors';

export { requiredText } from '../../shared/form-errors';

/** The Danish message under a field for its first error ('' when none), with the portfolio forms' number checks. */
export function fieldErrorMessage(control: AbstractControl, required = 'Feltet skal udfyldes'): string {
  const errors = control.errors;
  if (!errors) return '';
  if (!errors['server'] && !errors['required'] && (errors['min'] || errors['max'] || errors['pattern'])) {
    return 'Skriv et helt tal fra 0 til 100';
  }
  return governanceFieldError(control, required);
}

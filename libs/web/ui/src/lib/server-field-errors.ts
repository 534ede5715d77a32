import type { FormGroup } from '@angular/forms';
import type { FieldError } from '@gevinst/domain';

/**
 * Puts a 400's field errors on the form's controls as { server: message } ("roles.0" → roles).
 * messageFor turns the API's (English) messages into a Danish one for that field.
 * Returns the fields that match no control, for a banner.
 */
export function applyServerFieldErrors(
  form: FormGroup,
  details: readonly FieldError[],
  messageFor: (field: string, messages: readonly string[]) => string,
): string[] {
  const unmatched: string[] = [];
  for (const detail of details) {
    const name = detail.field.split('.')[0];
    const control = name in form.controls ? form.get(name) : null;
    if (!control) {
      unmatched.push(detail.field);
      continue;
    }
    control.setErrors({ ...control.errors, server: messageFor(name, detail.messages) });
    control.markAsTouched();
  }
  return unmatched;
}

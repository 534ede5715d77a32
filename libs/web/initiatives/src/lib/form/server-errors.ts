import type { FieldError } from '@gevinst/domain';
import type { InitiativeForm } from './initiative-form.model';
import { toDanishFieldMessage } from './server-messages';

/**
 * Shows a 400's field errors under the matching controls ("involvedDepartmentIds.0" → involvedDepartmentIds).
 * Returns the messages that match no control, for the page's error banner.
 */
export function applyServerErrors(form: InitiativeForm, details: readonly FieldError[]): string[] {
  const unmatched: string[] = [];
  for (const detail of details) {
    const name = detail.field.split('.')[0];
    const control = name in form.controls ? form.get(name) : null;
    const messages = [...new Set(detail.messages.map(toDanishFieldMessage))];
    if (control) {
      const previous = control.errors?.['server'] as string | undefined;
      const message = [...new Set([previous, ...messages])].filter(Boolean).join('. ');
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    } else {
      unmatched.push(...messages.map((m) => `${detail.field}: ${m}`));
    }
  }
  return unmatched;
}

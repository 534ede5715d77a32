import type { FormGroup } from '@angular/forms';

/**
 * Moves focus to the field of the form's first invalid control (in declaration order, which should
 * be the order on screen). A group such as a set of checkboxes passes focus to its first control.
 */
export function focusFirstInvalid(host: HTMLElement, form: FormGroup): void {
  const name = Object.keys(form.controls).find((key) => form.controls[key].invalid);
  const field = name ? host.querySelector<HTMLElement>(`[formcontrolname="${name}"], [data-control="${name}"]`) : null;
  if (!field) return;
  const focusable = field.matches('input, textarea, [tabindex]')
    ? field
    : field.querySelector<HTMLElement>('input, textarea, button, [tabindex]');
  focusable?.focus();
}

import type { WritableSignal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import type { ApiError } from '@gevinst/domain';
import type { Observable } from 'rxjs';
import { toApiError } from './api-error';
import { focusFirstInvalid } from './focus-first-invalid';

export interface SubmitDialogFormOptions<T, F> {
  form: FormGroup;
  /** The dialog's element, searched for the first invalid field. */
  host: HTMLElement;
  busy: WritableSignal<boolean>;
  /** Cleared before every attempt. */
  failure: WritableSignal<F | null>;
  /** The save call; made only when the form is valid. */
  request: () => Observable<T>;
  /** Typically closes the dialog with the saved value. */
  onSaved: (saved: T) => void;
  /** Runs after busy is reset; sets the failure (and focus) the dialog's own way. */
  onFailed: (error: ApiError) => void;
}

/**
 * The edit dialogs' save flow: ignore a click while busy, clear the last failure, touch and focus
 * an invalid form instead of saving, otherwise stay busy until the request answers.
 */
export function submitDialogForm<T, F>(options: SubmitDialogFormOptions<T, F>): void {
  const { form, host, busy, failure } = options;
  if (busy()) return;
  failure.set(null);
  if (form.invalid) {
    form.markAllAsTouched();
    focusFirstInvalid(host, form);
    return;
  }
  busy.set(true);
  options.request().subscribe({
    next: (saved) => options.onSaved(saved),
    error: (error: unknown) => {
      busy.set(false);
      options.onFailed(toApiError(error));
    },
  });
}

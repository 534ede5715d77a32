import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AUTH_LIMITS } from '@gevinst/domain';
import { ErrorBanner, applyServerFieldErrors, describeApiError, focusFirstInvalid, hasFieldErrors, toApiError } from '@gevinst/web/ui';
import { AuthApi } from '../data-access/auth-api';
import { TOO_MANY_ATTEMPTS_MESSAGE } from '../login/login-messages';
import { type PasswordForm, createPasswordForm, passwordFieldError, serverPasswordMessage } from './password-form.model';

/** "Skift adgangskode" on Min profil; for users who signed in with a password. */
@Component({
  selector: 'gv-change-password-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ErrorBanner],
  templateUrl: './change-password-form.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 20px;
      max-width: 420px;
    }
    button[type='submit'] {
      align-self: flex-start;
    }
  `,
})
export class ChangePasswordForm {
  private readonly api = inject(AuthApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly passwordMin = AUTH_LIMITS.passwordMin;
  protected readonly form: PasswordForm = createPasswordForm();
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    // Server errors are set from an HTTP callback: let this OnPush view see them.
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: keyof PasswordForm['controls']): string {
    return passwordFieldError(name, this.form.controls[name]);
  }

  protected submit(formDirective: FormGroupDirective): void {
    if (this.busy()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.form);
      return;
    }
    this.busy.set(true);
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.api.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.busy.set(false);
        // resetForm also clears "submitted", so the empty fields show no errors.
        formDirective.resetForm();
        this.snackBar.open('Adgangskoden er ændret', 'Luk', { duration: 6000 });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = toApiError(error);
        if (hasFieldErrors(apiError)) {
          applyServerFieldErrors(this.form, apiError.details ?? [], serverPasswordMessage);
          this.failure.set('Adgangskoden blev ikke ændret. Ret de markerede felter, og prøv igen.');
          focusFirstInvalid(this.host.nativeElement, this.form);
        } else {
          this.failure.set(apiError.statusCode === 429 ? TOO_MANY_ATTEMPTS_MESSAGE : describeApiError(apiError));
        }
      },
    });
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { AUTH_LIMITS, type AuthOptions } from '@gevinst/domain';
import {
  ErrorBanner,
  LOADING,
  type LoadState,
  PageHeader,
  applyServerFieldErrors,
  describeApiError,
  focusFirstInvalid,
  toApiError,
  toLoadState,
} from '@gevinst/web/ui';
import { BehaviorSubject, switchMap } from 'rxjs';
import { AuthApi } from '../data-access/auth-api';
import { AuthStore } from '../data-access/auth-store';
import { safeReturnUrl } from '../data-access/return-url';
import { loginFailureMessage, ssoErrorMessage } from './login-messages';

/** /log-ind: password form and/or the single sign-on button, as the server's AuthOptions say. */
@Component({
  selector: 'gv-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PageHeader,
    ErrorBanner,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  /** ?returnUrl=: where to go after signing in (only paths inside the app are followed). */
  readonly returnUrl = input<string>();
  /** ?fejl=: set by the single sign-on callback when it failed. */
  readonly fejl = input<string>();

  private readonly api = inject(AuthApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly retry$ = new BehaviorSubject<void>(undefined);

  protected readonly describeApiError = describeApiError;
  protected readonly options = toSignal(this.retry$.pipe(switchMap(() => this.api.options().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<AuthOptions>,
  });
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(AUTH_LIMITS.emailMax)],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(AUTH_LIMITS.passwordMax)],
    }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** The single sign-on error from the URL, until the user tries again. */
  private readonly ssoErrorDismissed = signal(false);
  protected readonly ssoError = computed(() => (this.ssoErrorDismissed() ? null : ssoErrorMessage(this.fejl())));

  protected retryOptions(): void {
    this.retry$.next();
  }

  protected emailError(): string {
    const errors = this.form.controls.email.errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return 'Skriv din e-mail';
    if (errors['maxlength']) return `Højst ${AUTH_LIMITS.emailMax} tegn`;
    return 'Skriv en gyldig e-mail, fx navn@kommune.dk';
  }

  protected passwordError(): string {
    const errors = this.form.controls.password.errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return 'Skriv din adgangskode';
    return `Højst ${AUTH_LIMITS.passwordMax} tegn`;
  }

  protected submit(): void {
    if (this.busy()) return;
    this.ssoErrorDismissed.set(true);
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.form);
      return;
    }
    this.busy.set(true);
    const { email, password } = this.form.getRawValue();
    this.api.login({ email: email.trim(), password }).subscribe({
      next: (user) => {
        this.auth.setUser(user);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()), { replaceUrl: true });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    const apiError = toApiError(error);
    this.failure.set(loginFailureMessage(apiError) ?? describeApiError(apiError));
    if (apiError.statusCode === 400) {
      applyServerFieldErrors(this.form, apiError.details ?? [], (field) =>
        field === 'email' ? 'Skriv en gyldig e-mail, fx navn@kommune.dk' : 'Adgangskoden har ikke et gyldigt format',
      );
      focusFirstInvalid(this.host.nativeElement, this.form);
    } else if (apiError.statusCode === 401) {
      // The same answer whichever part was wrong: start the password over, keep the e-mail.
      this.form.controls.password.reset('');
      this.host.nativeElement.querySelector<HTMLInputElement>('input[type="password"]')?.focus();
    }
  }
}

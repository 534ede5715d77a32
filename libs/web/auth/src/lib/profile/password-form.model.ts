import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import { AUTH_LIMITS } from '@gevinst/domain';

export type PasswordForm = FormGroup<{
  currentPassword: FormControl<string>;
  newPassword: FormControl<string>;
  repeatPassword: FormControl<string>;
}>;

/** Sits on "Gentag ny adgangskode" so the message appears under that field. */
function matchesNewPassword(control: AbstractControl<string>): ValidationErrors | null {
  const form = control.parent as PasswordForm | null;
  const value = control.value;
  return form && value && value !== form.controls.newPassword.value ? { mismatch: true } : null;
}

export function createPasswordForm(): PasswordForm {
  const form: PasswordForm = new FormGroup({
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(AUTH_LIMITS.passwordMax)],
    }),
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(AUTH_LIMITS.passwordMin),
        Validators.maxLength(AUTH_LIMITS.passwordMax),
      ],
    }),
    repeatPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, matchesNewPassword] }),
  });
  // The repetition's validity depends on the new password.
  form.controls.newPassword.valueChanges.subscribe(() =>
    form.controls.repeatPassword.updateValueAndValidity({ emitEvent: false }),
  );
  return form;
}

const REQUIRED: Record<keyof PasswordForm['controls'], string> = {
  currentPassword: 'Skriv din nuværende adgangskode',
  newPassword: 'Skriv en ny adgangskode',
  repeatPassword: 'Gentag den nye adgangskode',
};

export function passwordFieldError(name: keyof PasswordForm['controls'], control: AbstractControl): string {
  const errors = control.errors;
  if (!errors) return '';
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return REQUIRED[name];
  if (errors['minlength']) return `Adgangskoden skal være på mindst ${AUTH_LIMITS.passwordMin} tegn`;
  if (errors['maxlength']) return `Adgangskoden må højst være på ${AUTH_LIMITS.passwordMax} tegn`;
  if (errors['mismatch']) return 'Adgangskoderne er ikke ens';
  return 'Feltet er ikke udfyldt korrekt';
}

/** Danish text for the API's 400 details on POST /auth/password. */
export function serverPasswordMessage(field: string, messages: readonly string[]): string {
  if (field === 'currentPassword') return 'Den nuværende adgangskode er forkert';
  const text = messages.join(' ');
  if (/at least|longer than or equal|too short|min/i.test(text)) {
    return `Adgangskoden skal være på mindst ${AUTH_LIMITS.passwordMin} tegn`;
  }
  if (/same|differ|equal to the current/i.test(text)) return 'Den nye adgangskode skal være forskellig fra den nuværende';
  return 'Den nye adgangskode kan ikke bruges. Vælg en anden.';
}

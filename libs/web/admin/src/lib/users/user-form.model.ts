import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import {
  AUTH_LIMITS,
  type CreateUserRequest,
  ROLES,
  type Role,
  type UpdateUserRequest,
  type UserSummary,
} from '@gevinst/domain';

export type UserForm = FormGroup<{
  name: FormControl<string>;
  email: FormControl<string>;
  roles: FormControl<Role[]>;
  departmentId: FormControl<string | null>;
  password: FormControl<string>;
}>;

const atLeastOneRole = (control: AbstractControl<Role[]>): ValidationErrors | null =>
  control.value.length === 0 ? { noRole: true } : null;

const trimmedRequired = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value.trim() === '' ? { required: true } : null;

/** Create: every field. Edit: e-mail and password are left out of the request (and disabled). */
export function createUserForm(user?: UserSummary): UserForm {
  const form: UserForm = new FormGroup({
    name: new FormControl(user?.name ?? '', {
      nonNullable: true,
      validators: [trimmedRequired, Validators.maxLength(AUTH_LIMITS.nameMax)],
    }),
    email: new FormControl(user?.email ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(AUTH_LIMITS.emailMax)],
    }),
    roles: new FormControl<Role[]>(user ? [...user.roles] : [], { nonNullable: true, validators: atLeastOneRole }),
    departmentId: new FormControl<string | null>(user?.departmentId ?? null),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(AUTH_LIMITS.passwordMin), Validators.maxLength(AUTH_LIMITS.passwordMax)],
    }),
  });
  if (user) {
    form.controls.email.disable();
    form.controls.password.disable();
  }
  return form;
}

/** Puts the latest saved user into the edit form ("Genindlæs" after a conflict). */
export function fillUserForm(form: UserForm, user: UserSummary): void {
  form.reset({ name: user.name, email: user.email, roles: [...user.roles], departmentId: user.departmentId, password: '' });
}

/** Roles in the table's canonical order, whatever order they were ticked in. */
export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

export function toCreateUserRequest(form: UserForm): CreateUserRequest {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    email: value.email.trim(),
    roles: sortRoles(value.roles),
    departmentId: value.departmentId,
    ...(value.password ? { password: value.password } : {}),
  };
}

export function toUpdateUserRequest(form: UserForm, version: number): UpdateUserRequest {
  const value = form.getRawValue();
  return { version, name: value.name.trim(), roles: sortRoles(value.roles), departmentId: value.departmentId };
}

const REQUIRED: Record<string, string> = {
  name: 'Skriv brugerens navn',
  email: 'Skriv brugerens e-mail',
};

export function userFieldError(name: keyof UserForm['controls'], control: AbstractControl): string {
  const errors = control.errors;
  if (!errors) return '';
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return REQUIRED[name] ?? 'Feltet skal udfyldes';
  if (errors['email']) return 'Skriv en gyldig e-mail, fx navn@kommune.dk';
  if (errors['noRole']) return 'Vælg mindst én rolle';
  if (errors['minlength']) return `Adgangskoden skal være på mindst ${AUTH_LIMITS.passwordMin} tegn`;
  if (errors['maxlength']) {
    const max = (errors['maxlength'] as { requiredLength: number }).requiredLength;
    return `Højst ${max} tegn`;
  }
  return 'Feltet er ikke udfyldt korrekt';
}

/** Danish text for the API's 400 details, per field. */
export function serverUserMessage(field: string): string {
  switch (field) {
    case 'email':
      return 'Skriv en gyldig e-mail, fx navn@kommune.dk';
    case 'name':
      return `Skriv et navn på højst ${AUTH_LIMITS.nameMax} tegn`;
    case 'roles':
      return 'Vælg mindst én rolle';
    case 'departmentId':
      return 'Forvaltningen findes ikke længere. Vælg en anden.';
    case 'password':
      return `Adgangskoden skal være på mindst ${AUTH_LIMITS.passwordMin} tegn`;
    default:
      return 'Værdien er ikke gyldig';
  }
}

export const SELF_LOCKOUT_MESSAGE = 'Du kan ikke deaktivere dig selv eller fjerne din egen administratorrolle.';
export const DUPLICATE_EMAIL_MESSAGE = 'Der findes allerede en bruger med denne e-mail';
export const USER_CONFLICT_MESSAGE =
  'Brugeren er blevet ændret af en anden, siden du åbnede den. Genindlæs for at se de nyeste oplysninger.';

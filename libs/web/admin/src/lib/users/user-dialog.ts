import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AUTH_LIMITS, type ApiError, ROLES, ROLE_LABELS, type Role, type UserSummary } from '@gevinst/domain';
import type { DepartmentOption } from '@gevinst/web/departments';
import {
  ErrorBanner,
  applyServerFieldErrors,
  describeApiError,
  focusFirstInvalid,
  hasFieldErrors,
  isVersionConflict,
  submitDialogForm,
  toApiError,
} from '@gevinst/web/ui';
import type { Observable } from 'rxjs';
import { UsersApi, conflictingUser } from '../data-access/users-api';
import {
  DUPLICATE_EMAIL_MESSAGE,
  SELF_LOCKOUT_MESSAGE,
  USER_CONFLICT_MESSAGE,
  type UserForm,
  createUserForm,
  fillUserForm,
  serverUserMessage,
  toCreateUserRequest,
  toUpdateUserRequest,
  userFieldError,
} from './user-form.model';

export interface UserDialogData {
  /** Absent: "Opret bruger". */
  user?: UserSummary;
  /** The user is the signed-in admin, who may not remove their own admin role (the API refuses it too). */
  isSelf?: boolean;
  departments: readonly DepartmentOption[];
}

interface Failure {
  message: string;
  conflict: boolean;
}

/** "Opret bruger" and "Redigér bruger"; closes with the saved user. */
@Component({
  selector: 'gv-user-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorBanner,
  ],
  templateUrl: './user-dialog.html',
  styleUrl: './user-dialog.scss',
})
export class UserDialog {
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<UserDialog, UserSummary>>(MatDialogRef);
  private readonly api = inject(UsersApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly editing = this.data.user !== undefined;
  /** Own admin role: shown checked and locked. */
  protected readonly lockedRole: Role | null = this.data.isSelf && this.data.user?.roles.includes('admin') ? 'admin' : null;
  protected readonly roleOptions = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
  protected readonly passwordMin = AUTH_LIMITS.passwordMin;
  protected readonly form: UserForm = createUserForm(this.data.user);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  /** The version the edits are based on; the API refuses a save based on an older one. */
  private version = this.data.user?.version ?? 0;
  /** The fresh user from a 409, shown on "Genindlæs". */
  private latest: UserSummary | null = null;

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: keyof UserForm['controls']): string {
    return userFieldError(name, this.form.controls[name]);
  }

  protected showRolesError(): boolean {
    const roles = this.form.controls.roles;
    return roles.invalid && (roles.touched || this.submitted());
  }

  protected hasRole(role: Role): boolean {
    return this.form.controls.roles.value.includes(role);
  }

  protected toggleRole(role: Role, checked: boolean): void {
    if (role === this.lockedRole) return;
    const roles = this.form.controls.roles;
    const next = checked ? [...roles.value.filter((r) => r !== role), role] : roles.value.filter((r) => r !== role);
    roles.setValue(next);
    roles.markAsTouched();
  }

  protected reloadLatest(): void {
    if (this.latest) {
      fillUserForm(this.form, this.latest);
      this.version = this.latest.version;
      this.failure.set(null);
      return;
    }
    // No fresh copy in the answer: fetch the list and find the user.
    this.api.list().subscribe({
      next: (users) => {
        const user = users.find((u) => u.id === this.data.user?.id);
        if (user) {
          this.latest = user;
          this.reloadLatest();
        }
      },
      error: (error: unknown) => this.failure.set({ message: describeApiError(toApiError(error)), conflict: true }),
    });
  }

  protected save(): void {
    this.submitted.set(true);
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: (): Observable<UserSummary> => {
        const user = this.data.user;
        return user
          ? this.api.update(user.id, toUpdateUserRequest(this.form, this.version))
          : this.api.create(toCreateUserRequest(this.form));
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => this.fail(apiError),
    });
  }

  private fail(apiError: ApiError): void {
    if (isVersionConflict(apiError)) {
      this.latest = conflictingUser(apiError.current);
      this.failure.set({ message: USER_CONFLICT_MESSAGE, conflict: true });
      return;
    }
    if (apiError.code === 'INVALID_STATE') {
      this.failure.set({ message: SELF_LOCKOUT_MESSAGE, conflict: false });
      return;
    }
    if (apiError.code === 'DUPLICATE') {
      this.form.controls.email.setErrors({ server: DUPLICATE_EMAIL_MESSAGE });
      this.form.controls.email.markAsTouched();
      this.failure.set({ message: 'Brugeren blev ikke oprettet. Ret de markerede felter, og prøv igen.', conflict: false });
    } else if (hasFieldErrors(apiError)) {
      const unmatched = applyServerFieldErrors(this.form, apiError.details ?? [], serverUserMessage);
      const verb = this.editing ? 'gemt' : 'oprettet';
      this.failure.set({
        message: `Brugeren blev ikke ${verb}. Ret de markerede felter, og prøv igen.${unmatched.length ? ` (${unmatched.join(', ')})` : ''}`,
        conflict: false,
      });
    } else {
      this.failure.set({ message: describeApiError(apiError), conflict: false });
      return;
    }
    focusFirstInvalid(this.host.nativeElement, this.form);
  }
}

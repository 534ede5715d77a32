import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ROLE_LABELS, type UserSummary } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { DepartmentsStore } from '@gevinst/web/departments';
import {
  ErrorBanner,
  LOADING,
  type LoadState,
  PageHeader,
  confirmAction,
  describeApiError,
  isVersionConflict,
  toApiError,
  toLoadState,
} from '@gevinst/web/ui';
import { BehaviorSubject, filter, switchMap } from 'rxjs';
import { UsersApi, conflictingUser } from '../data-access/users-api';
import { UserDialog, type UserDialogData } from './user-dialog';
import { SELF_LOCKOUT_MESSAGE } from './user-form.model';

interface Banner {
  message: string;
}

const byName = (a: UserSummary, b: UserSummary) => a.name.localeCompare(b.name, 'da');

/** /admin/brugere: the organisation's users, with create, edit, deactivate and activate. */
@Component({
  selector: 'gv-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, PageHeader, ErrorBanner],
  templateUrl: './users-page.html',
  styleUrls: ['../admin-table.scss', './users-page.scss'],
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly departments = inject(DepartmentsStore);
  private readonly auth = inject(AuthStore);
  protected readonly currentUserId = computed(() => this.auth.currentUser()?.id ?? null);
  protected readonly describeApiError = describeApiError;
  protected readonly columns = ['name', 'email', 'roles', 'department', 'status', 'lastLogin', 'actions'];

  private readonly reload$ = new BehaviorSubject<void>(undefined);
  protected readonly load = toSignal(this.reload$.pipe(switchMap(() => this.api.list().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<UserSummary[]>,
  });
  /** The loaded users, updated in place after each save; kept while a reload runs. */
  protected readonly users = linkedSignal<LoadState<UserSummary[]>, UserSummary[]>({
    source: this.load,
    computation: (load, previous) =>
      load.status === 'loaded' ? [...load.value].sort(byName) : load.status === 'loading' ? (previous?.value ?? []) : [],
  });
  protected readonly busyId = signal<string | null>(null);
  protected readonly banner = signal<Banner | null>(null);

  protected rolesText(user: UserSummary): string {
    return user.roles.map((role) => ROLE_LABELS[role]).join(', ') || 'Ingen roller';
  }

  protected departmentName(user: UserSummary): string {
    if (!user.departmentId) return 'Ingen';
    return this.departments.names().get(user.departmentId) ?? 'Ukendt forvaltning';
  }

  // mat-table's row context is untyped; this keeps the template type-checked.
  protected row(user: UserSummary): UserSummary {
    return user;
  }

  protected reload(): void {
    this.banner.set(null);
    this.reload$.next();
  }

  protected create(): void {
    this.openDialog({ departments: this.departments.options() }).subscribe((created) => {
      this.users.update((users) => [...users, created].sort(byName));
      this.snackBar.open(`Brugeren ${created.name} er oprettet`, 'Luk', { duration: 6000 });
    });
  }

  protected edit(user: UserSummary): void {
    const isSelf = user.id === this.currentUserId();
    this.openDialog({ user, isSelf, departments: this.departments.options() }).subscribe((saved) => {
      this.replace(saved);
      this.snackBar.open('Ændringerne er gemt', 'Luk', { duration: 6000 });
    });
  }

  protected deactivate(user: UserSummary): void {
    confirmAction(this.dialog, {
      title: 'Deaktivér brugeren?',
      message: `${user.name} kan ikke længere logge ind. Du kan aktivere brugeren igen senere.`,
      confirmLabel: 'Deaktivér',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.setActive(user, false));
  }

  protected activate(user: UserSummary): void {
    this.setActive(user, true);
  }

  private setActive(user: UserSummary, active: boolean): void {
    this.busyId.set(user.id);
    this.banner.set(null);
    this.api.update(user.id, { version: user.version, active }).subscribe({
      next: (saved) => {
        this.busyId.set(null);
        this.replace(saved);
        this.snackBar.open(`${saved.name} er ${active ? 'aktiveret' : 'deaktiveret'}`, 'Luk', { duration: 6000 });
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        const apiError = toApiError(error);
        if (isVersionConflict(apiError)) {
          const fresh = conflictingUser(apiError.current);
          if (fresh) this.replace(fresh);
          this.banner.set({
            message:
              `${user.name} er blevet ændret af en anden, siden listen blev hentet. ` +
              'Listen er genindlæst med de nyeste oplysninger. Prøv igen, hvis det stadig er nødvendigt.',
          });
          this.reload$.next();
        } else {
          this.banner.set({ message: apiError.code === 'INVALID_STATE' ? SELF_LOCKOUT_MESSAGE : describeApiError(apiError) });
        }
      },
    });
  }

  private replace(saved: UserSummary): void {
    this.users.update((users) => users.map((u) => (u.id === saved.id ? saved : u)).sort(byName));
    // Own name or roles changed: the toolbar and navigation should show it.
    if (saved.id === this.currentUserId()) void this.auth.load();
  }

  private openDialog(data: UserDialogData) {
    return this.dialog
      .open<UserDialog, UserDialogData, UserSummary>(UserDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((saved): saved is UserSummary => saved !== undefined));
  }
}

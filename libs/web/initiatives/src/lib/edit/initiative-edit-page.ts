import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, PageHeader, describeApiError, isNotFound, toApiError } from '@gevinst/web/ui';
import { loadInitiative } from '../data-access/initiative-loader';
import { InitiativesApi } from '../data-access/initiatives-api';
import { InitiativeNotFound } from '../detail/initiative-not-found';
import { InitiativeFormComponent } from '../form/initiative-form';
import { createInitiativeForm, fillInitiativeForm, toInitiativeRequest } from '../form/initiative-form.model';
import { type SaveFailure, handleSaveFailure } from '../form/save-failure';

/** /initiativer/:id/rediger: the intake form again, saved with optimistic locking. */
@Component({
  selector: 'gv-initiative-edit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    PageHeader,
    ErrorBanner,
    InitiativeFormComponent,
    InitiativeNotFound,
    MatButtonModule,
    MatProgressBarModule,
  ],
  templateUrl: './initiative-edit-page.html',
})
export class InitiativeEditPage {
  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  private readonly api = inject(InitiativesApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly departments = inject(DepartmentsStore);
  protected readonly describeApiError = describeApiError;
  protected readonly isNotFound = isNotFound;

  protected readonly initiative = loadInitiative(this.id);
  protected readonly form = createInitiativeForm();
  protected readonly saving = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private readonly formView = viewChild(InitiativeFormComponent);
  /** The version the form's values are based on; the API rejects a save based on an older one. */
  private version = 0;

  constructor() {
    effect(() => {
      const state = this.initiative.state();
      if (state.status !== 'loaded') return;
      untracked(() => {
        fillInitiativeForm(this.form, state.value);
        this.version = state.value.version;
      });
    });
  }

  /** "Genindlæs": discards the edits and shows the latest saved version. */
  protected reload(): void {
    this.failure.set(null);
    this.initiative.reload();
  }

  protected saveChanges(): void {
    this.saving.set(true);
    this.failure.set(null);
    const id = this.id();
    this.api.update(id, { ...toInitiativeRequest(this.form.getRawValue()), version: this.version }).subscribe({
      next: () => {
        void this.router.navigate(['/initiativer', id]);
        this.snackBar.open('Ændringerne er gemt', 'Luk', { duration: 6000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(handleSaveFailure(this.form, toApiError(error)));
        this.formView()?.focusFirstInvalid();
      },
    });
  }
}

import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, PageHeader, toApiError } from '@gevinst/web/ui';
import { InitiativesApi } from '../data-access/initiatives-api';
import { InitiativeFormComponent } from '../form/initiative-form';
import { createInitiativeForm, toInitiativeRequest } from '../form/initiative-form.model';
import { type SaveFailure, handleSaveFailure } from '../form/save-failure';

/** /initiativer/ny: idea intake. */
@Component({
  selector: 'gv-initiative-intake-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, ErrorBanner, InitiativeFormComponent, MatButtonModule],
  template: `
    <gv-page-header heading="Registrér idé" />
    <p class="intro">
      Beskriv idéen kort. Du kan tilføje mål, gevinster og risici, når initiativet er registreret.
      Felter markeret med * skal udfyldes.
    </p>
    @if (departments.state().status === 'failed') {
      <gv-error-banner message="Forvaltningerne kunne ikke hentes, så du kan ikke vælge ledende forvaltning.">
        <button mat-stroked-button type="button" (click)="departments.reload()">Prøv igen</button>
      </gv-error-banner>
    }
    @if (failure(); as failure) {
      <gv-error-banner [message]="failure.message" [details]="failure.details" />
    }
    <gv-initiative-form
      [form]="form"
      [departments]="departments.options()"
      submitLabel="Registrér"
      cancelLink="/initiativer"
      [busy]="saving()"
      (save)="register()"
    />
  `,
  styles: `
    .intro {
      max-width: 70ch;
      margin: 0 0 24px;
    }
  `,
})
export class InitiativeIntakePage {
  private readonly api = inject(InitiativesApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly departments = inject(DepartmentsStore);

  protected readonly form = createInitiativeForm();
  protected readonly saving = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private readonly formView = viewChild.required(InitiativeFormComponent);

  protected register(): void {
    this.saving.set(true);
    this.failure.set(null);
    this.api.create(toInitiativeRequest(this.form.getRawValue())).subscribe({
      next: (created) => {
        void this.router.navigate(['/initiativer', created.id]);
        this.snackBar.open(`Initiativet er registreret som ${created.code}`, 'Luk', { duration: 8000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(handleSaveFailure(this.form, toApiError(error)));
        this.formView().focusFirstInvalid();
      },
    });
  }
}

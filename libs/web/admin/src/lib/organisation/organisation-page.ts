import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Organisation } from '@gevinst/domain';
import {
  ErrorBanner,
  LOADING,
  type LoadState,
  PageHeader,
  applyServerFieldErrors,
  describeApiError,
  focusFirstInvalid,
  hasFieldErrors,
  toApiError,
  toLoadState,
} from '@gevinst/web/ui';
import { BehaviorSubject, switchMap } from 'rxjs';
import { OrganisationApi } from '../data-access/organisation-api';
import { HOURLY_RATE_SERVER_MESSAGE, hourlyRateError, hourlyRateValidator, parseHourlyRate, toRateInput } from './hourly-rate';

/** /admin/organisation: the organisation's name and kommunekode, and its settings (the default hourly rate). */
@Component({
  selector: 'gv-organisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, PageHeader, ErrorBanner],
  templateUrl: './organisation-page.html',
  styleUrl: './organisation-page.scss',
})
export class OrganisationPage {
  private readonly api = inject(OrganisationApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly describeApiError = describeApiError;

  private readonly reload$ = new BehaviorSubject<void>(undefined);
  protected readonly load = toSignal(this.reload$.pipe(switchMap(() => this.api.get().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<Organisation>,
  });
  protected readonly form = new FormGroup({
    hourlyRateDkk: new FormControl('', { nonNullable: true, validators: hourlyRateValidator }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    effect(() => {
      const load = this.load();
      if (load.status === 'loaded') this.fill(load.value);
    });
  }

  protected rateError(): string {
    return hourlyRateError(this.form.controls.hourlyRateDkk);
  }

  protected reload(): void {
    this.failure.set(null);
    this.reload$.next();
  }

  protected save(): void {
    if (this.busy()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.form);
      return;
    }
    this.busy.set(true);
    const hourlyRateDkk = parseHourlyRate(this.form.controls.hourlyRateDkk.value);
    this.api.updateSettings({ hourlyRateDkk }).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.fill(saved);
        this.snackBar.open('Indstillingerne er gemt', 'Luk', { duration: 6000 });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = toApiError(error);
        if (hasFieldErrors(apiError)) {
          applyServerFieldErrors(this.form, apiError.details ?? [], () => HOURLY_RATE_SERVER_MESSAGE);
          this.failure.set('Indstillingerne blev ikke gemt. Ret de markerede felter, og prøv igen.');
          focusFirstInvalid(this.host.nativeElement, this.form);
        } else {
          this.failure.set(describeApiError(apiError));
        }
      },
    });
  }

  private fill(organisation: Organisation): void {
    this.form.reset({ hourlyRateDkk: toRateInput(organisation.settings.hourlyRateDkk) });
  }
}

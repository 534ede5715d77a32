import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FUNDING_LIMITS, type FundingPool, type PoolApplication } from '@gevinst/domain';
import { ErrorBanner, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { startWith } from 'rxjs';
import { FundingApi } from '../data-access/funding-api';
import { type SaveFailure, fieldErrorMessage, handleSaveFailure, requiredText } from '../shared/form-errors';
import { formatKroner, kronerValidator, parseKroner } from '../shared/money';

const REQUIRED = {
  poolId: 'Vælg en pulje',
  year: 'Vælg året',
  amount: 'Skriv beløbet',
  purpose: 'Skriv kort, hvad pengene skal bruges til',
} as const;

/**
 * "Søg puljemidler": four plain fields, on purpose (the guide warns that long forms and jargon keep people from
 * applying). Emits the application when it is sent.
 */
@Component({
  selector: 'gv-apply-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBanner],
  templateUrl: './apply-form.html',
  styleUrl: './apply-form.scss',
})
export class ApplyForm {
  readonly initiativeId = input.required<string>();
  readonly pools = input.required<readonly FundingPool[]>();
  readonly applied = output<PoolApplication>();

  private readonly api = inject(FundingApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = new FormGroup({
    poolId: new FormControl<string | null>(null, Validators.required),
    year: new FormControl<number | null>(null, Validators.required),
    amount: new FormControl('', { nonNullable: true, validators: [requiredText, kronerValidator({ min: 0.01 })] }),
    purpose: new FormControl('', { nonNullable: true, validators: [requiredText, Validators.maxLength(FUNDING_LIMITS.purposeMax)] }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  protected readonly kroner = formatKroner;

  private readonly poolId = toSignal(this.form.controls.poolId.valueChanges.pipe(startWith(null)));
  private readonly year = toSignal(this.form.controls.year.valueChanges.pipe(startWith(null)));
  /** The chosen pool's years that still have money. */
  protected readonly years = computed(() => {
    const pool = this.pools().find((p) => p.id === this.poolId());
    return (pool?.years ?? []).filter((y) => y.remaining > 0);
  });
  protected readonly remaining = computed(() => this.years().find((y) => y.year === this.year())?.remaining ?? null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    // Another pool: its years differ, so the year is chosen again.
    this.form.controls.poolId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.year.reset(null));
  }

  protected errorFor(name: keyof typeof REQUIRED): string {
    return fieldErrorMessage(this.form.controls[name], REQUIRED[name]);
  }

  protected send(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const value = this.form.getRawValue();
        return this.api.apply(value.poolId as string, {
          initiativeId: this.initiativeId(),
          year: value.year as number,
          amount: parseKroner(value.amount) as number,
          purpose: value.purpose.trim(),
        });
      },
      onSaved: (application) => {
        this.busy.set(false);
        this.form.reset();
        this.applied.emit(application);
      },
      onFailed: (error) => {
        this.failure.set(handleSaveFailure(this.form, error, 'Ansøgningen', ''));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PHASE_LABELS, type Phase } from '@gevinst/domain';
import type { DepartmentOption } from '@gevinst/web/departments';
import { Today } from '@gevinst/web/ui';
import { debounceTime, filter, merge } from 'rxjs';
import { parseKroner, toKronerInput } from '../shared/format';
import { type PrioritisationState, RANKABLE_PHASES, hasPrioritisationFilters, validAmount, yearOptions } from './prioritisation-state';

const TYPING_DEBOUNCE_MS = 500;

/** Empty, or kroner the API takes: not negative, at most two decimals. */
function amount(control: AbstractControl<string>): ValidationErrors | null {
  const value = parseKroner(control.value);
  return value === null || validAmount(value) ? null : { amount: true };
}

/** The prioritisation page's filter bar. It mirrors the URL state and reports valid changes; the page owns navigation. */
@Component({
  selector: 'gv-prioritisation-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  templateUrl: './prioritisation-filters.html',
  styleUrl: './prioritisation-filters.scss',
})
export class PrioritisationFiltersBar {
  readonly filters = input.required<PrioritisationState>();
  readonly departments = input.required<readonly DepartmentOption[]>();
  readonly filtersChange = output<PrioritisationState>();
  private readonly today = inject(Today);

  protected readonly hasFilters = computed(() => hasPrioritisationFilters(this.filters()));
  protected readonly years = computed(() => yearOptions(this.filters(), this.today.year()));
  protected readonly phaseOptions = RANKABLE_PHASES.map((value) => ({ value, label: PHASE_LABELS[value] }));
  /** A department in the URL that the list does not know (yet). */
  protected readonly departmentOptions = computed(() => {
    const id = this.filters().departmentId;
    const all = this.departments();
    return id && !all.some((d) => d.id === id) ? [...all, { id, name: 'Valgt forvaltning', code: '', depth: 0 }] : all;
  });

  protected readonly form = new FormGroup({
    fromYear: new FormControl<number | null>(null),
    toYear: new FormControl<number | null>(null),
    available: new FormControl('', { nonNullable: true, validators: amount }),
    departmentId: new FormControl('', { nonNullable: true }),
    phases: new FormControl<Phase[]>([], { nonNullable: true }),
  });

  constructor() {
    effect(() => this.show(this.filters()));
    const c = this.form.controls;
    merge(c.fromYear.valueChanges, c.toYear.valueChanges, c.departmentId.valueChanges, c.phases.valueChanges, c.available.valueChanges.pipe(debounceTime(TYPING_DEBOUNCE_MS)))
      .pipe(
        filter(() => this.form.valid),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.report());
  }

  protected availableError(): string {
    return this.form.controls.available.hasError('amount') ? 'Skriv beløbet i kroner, fx 5.000.000 eller 250.000,50' : '';
  }

  /** Enter applies the filters at once. */
  protected report(): void {
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    let { fromYear, toYear } = value;
    // "Til" before "fra": the user meant the other way round.
    if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
    this.filtersChange.emit({
      fromYear,
      toYear,
      available: parseKroner(value.available),
      departmentId: value.departmentId || null,
      phases: RANKABLE_PHASES.filter((p) => value.phases.includes(p)),
    });
  }

  protected reset(): void {
    this.form.reset({ fromYear: null, toYear: null, available: '', departmentId: '', phases: [] }, { emitEvent: false });
    this.report();
  }

  private show(state: PrioritisationState): void {
    const current = this.form.getRawValue();
    // Keep what the user is typing when the URL only catches up with it.
    const typed = parseKroner(current.available);
    this.form.setValue(
      {
        fromYear: state.fromYear,
        toYear: state.toYear,
        available: typed === state.available ? current.available : toKronerInput(state.available),
        departmentId: state.departmentId ?? '',
        phases: state.phases,
      },
      { emitEvent: false },
    );
  }
}

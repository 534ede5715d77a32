import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  FUNDING_LINE_STATUSES,
  FUNDING_LINE_STATUS_LABELS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  type FundingLineStatus,
  type FundingSource,
  PHASES,
  PHASE_LABELS,
  type Phase,
} from '@gevinst/domain';
import type { DepartmentOption } from '@gevinst/web/departments';
import { Today } from '@gevinst/web/ui';
import { type FinanceState, hasFinanceFilters } from './finance-state';

/** The years offered: five back and ten ahead of this year, plus any year that came in the URL. */
function yearOptions(state: FinanceState, now: number): number[] {
  const years = new Set(Array.from({ length: 16 }, (_, i) => now - 5 + i));
  if (state.fromYear !== null) years.add(state.fromYear);
  if (state.toYear !== null) years.add(state.toYear);
  return [...years].sort((a, b) => a - b);
}

/** The finance overview's filter bar. It mirrors the URL state and reports changes; the page owns navigation. */
@Component({
  selector: 'gv-finance-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, MatButtonModule],
  templateUrl: './finance-filters.html',
  styleUrl: './finance-filters.scss',
})
export class FinanceFiltersBar {
  readonly filters = input.required<FinanceState>();
  readonly departments = input.required<readonly DepartmentOption[]>();
  readonly filtersChange = output<FinanceState>();
  private readonly today = inject(Today);

  protected readonly hasFilters = computed(() => hasFinanceFilters(this.filters()));
  protected readonly years = computed(() => yearOptions(this.filters(), this.today.year()));
  protected readonly phaseOptions = PHASES.map((value) => ({ value, label: PHASE_LABELS[value] }));
  protected readonly sourceOptions = FUNDING_SOURCES.map((value) => ({ value, label: FUNDING_SOURCE_LABELS[value] }));
  protected readonly statusOptions = FUNDING_LINE_STATUSES.map((value) => ({ value, label: FUNDING_LINE_STATUS_LABELS[value] }));
  /** A department in the URL that the list does not know (yet). */
  protected readonly departmentOptions = computed(() => {
    const id = this.filters().departmentId;
    const all = this.departments();
    return id && !all.some((d) => d.id === id) ? [...all, { id, name: 'Valgt forvaltning', code: '', depth: 0 }] : all;
  });

  protected readonly form = new FormGroup({
    fromYear: new FormControl<number | null>(null),
    toYear: new FormControl<number | null>(null),
    departmentId: new FormControl('', { nonNullable: true }),
    phases: new FormControl<Phase[]>([], { nonNullable: true }),
    sources: new FormControl<FundingSource[]>([], { nonNullable: true }),
    statuses: new FormControl<FundingLineStatus[]>([], { nonNullable: true }),
  });

  constructor() {
    effect(() => this.show(this.filters()));
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.report());
  }

  protected reset(): void {
    this.form.reset({ fromYear: null, toYear: null, departmentId: '', phases: [], sources: [], statuses: [] }, { emitEvent: false });
    this.report();
  }

  private report(): void {
    const value = this.form.getRawValue();
    let { fromYear, toYear } = value;
    // "Til" before "fra": the user meant the other way round.
    if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
    this.filtersChange.emit({
      fromYear,
      toYear,
      departmentId: value.departmentId || null,
      phases: PHASES.filter((p) => value.phases.includes(p)),
      sources: FUNDING_SOURCES.filter((s) => value.sources.includes(s)),
      statuses: FUNDING_LINE_STATUSES.filter((s) => value.statuses.includes(s)),
    });
  }

  private show(state: FinanceState): void {
    this.form.setValue(
      {
        fromYear: state.fromYear,
        toYear: state.toYear,
        departmentId: state.departmentId ?? '',
        phases: state.phases,
        sources: state.sources,
        statuses: state.statuses,
      },
      { emitEvent: false },
    );
  }
}

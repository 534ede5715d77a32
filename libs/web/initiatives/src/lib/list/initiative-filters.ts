import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { INITIATIVE_LIMITS, PHASES, PHASE_LABELS, type Phase } from '@gevinst/domain';
import type { DepartmentOption } from '@gevinst/web/departments';
import { debounceTime, merge } from 'rxjs';
import { type InitiativeFilters, hasActiveFilters } from './initiative-list-state';

const SEARCH_DEBOUNCE_MS = 300;

/** The list's filter bar. It mirrors the URL state and reports changes; the page owns navigation. */
@Component({
  selector: 'gv-initiative-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule],
  templateUrl: './initiative-filters.html',
  styleUrl: './initiative-filters.scss',
})
export class InitiativeFiltersBar {
  readonly filters = input.required<InitiativeFilters>();
  readonly departments = input.required<readonly DepartmentOption[]>();
  readonly filtersChange = output<InitiativeFilters>();

  protected readonly hasFilters = computed(() => hasActiveFilters(this.filters()));
  protected readonly searchMax = INITIATIVE_LIMITS.searchMax;
  protected readonly phaseOptions = PHASES.map((value) => ({ value, label: PHASE_LABELS[value] }));
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    phases: new FormControl<Phase[]>([], { nonNullable: true }),
    departmentId: new FormControl('', { nonNullable: true }),
    includeArchived: new FormControl(false, { nonNullable: true }),
  });

  /** The search text we last reported; a different q in the URL came from outside (Back, a link). */
  private lastReportedQuery = '';

  constructor() {
    effect(() => this.showFilters(this.filters()));
    const controls = this.form.controls;
    merge(
      controls.q.valueChanges.pipe(debounceTime(SEARCH_DEBOUNCE_MS)),
      controls.phases.valueChanges,
      controls.departmentId.valueChanges,
      controls.includeArchived.valueChanges,
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.report());
  }

  /** Enter in the search field applies it at once. */
  protected report(): void {
    const value = this.form.getRawValue();
    this.lastReportedQuery = value.q.trim();
    this.filtersChange.emit({
      q: this.lastReportedQuery,
      phases: value.phases,
      departmentId: value.departmentId || null,
      includeArchived: value.includeArchived,
    });
  }

  protected reset(): void {
    this.form.setValue({ q: '', phases: [], departmentId: '', includeArchived: false }, { emitEvent: false });
    this.report();
  }

  private showFilters(filters: InitiativeFilters): void {
    const controls = this.form.controls;
    // Do not overwrite what the user is typing with the (older) value that just reached the URL.
    if (filters.q !== this.lastReportedQuery) {
      controls.q.setValue(filters.q, { emitEvent: false });
      this.lastReportedQuery = filters.q;
    }
    controls.phases.setValue(filters.phases, { emitEvent: false });
    controls.departmentId.setValue(filters.departmentId ?? '', { emitEvent: false });
    controls.includeArchived.setValue(filters.includeArchived, { emitEvent: false });
  }
}

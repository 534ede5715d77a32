import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { INITIATIVE_LIMITS, PHASES, PHASE_LABELS, type Phase } from '@gevinst/domain';
import { Today } from '@gevinst/web/ui';
import { merge } from 'rxjs';
import { type DashboardFilters, NO_FILTERS, type TreeOption, narrowsPortfolio, yearOptions } from './dashboard-state';

/**
 * The dashboard's filter bar. It mirrors the URL and reports every change (a select at once, the technology when the
 * field is left or Enter is pressed); the page owns navigation, so every figure and chart follows the URL.
 */
@Component({
  selector: 'gv-dashboard-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, MatInputModule, MatButtonModule],
  templateUrl: './dashboard-filters.html',
  styleUrl: './dashboard-filters.scss',
})
export class DashboardFiltersBar {
  readonly filters = input.required<DashboardFilters>();
  /** The year the overview shows (the API's default when none is chosen). */
  readonly shownYear = input.required<number>();
  readonly departments = input.required<readonly TreeOption[]>();
  readonly steeringGroups = input.required<readonly TreeOption[]>();
  readonly strategicGoals = input.required<readonly { id: string; title: string }[]>();
  readonly filtersChange = output<DashboardFilters>();
  private readonly today = inject(Today);

  protected readonly technologyMax = INITIATIVE_LIMITS.technologyMax;
  protected readonly phaseOptions = PHASES.map((value) => ({ value, label: PHASE_LABELS[value] }));
  protected readonly years = computed(() => yearOptions(this.today.year(), this.shownYear()));
  protected readonly canReset = computed(() => narrowsPortfolio(this.filters()) || this.filters().year !== null);

  protected readonly form = new FormGroup({
    departmentId: new FormControl('', { nonNullable: true }),
    phases: new FormControl<Phase[]>([], { nonNullable: true }),
    steeringGroupId: new FormControl('', { nonNullable: true }),
    strategicGoalId: new FormControl('', { nonNullable: true }),
    technology: new FormControl('', { nonNullable: true }),
    year: new FormControl<number | null>(null),
  });

  constructor() {
    effect(() => this.show(this.filters(), this.shownYear()));
    const c = this.form.controls;
    merge(c.departmentId.valueChanges, c.phases.valueChanges, c.steeringGroupId.valueChanges, c.strategicGoalId.valueChanges, c.year.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.report());
  }

  /** The technology field: on leaving it or pressing Enter, and only when it changed. */
  protected applyTechnology(): void {
    const typed = this.form.controls.technology.value.trim();
    if (typed !== (this.filters().technology ?? '')) this.report();
  }

  protected reset(): void {
    this.filtersChange.emit(NO_FILTERS);
  }

  private report(): void {
    const value = this.form.getRawValue();
    this.filtersChange.emit({
      departmentId: value.departmentId || null,
      phases: PHASES.filter((p) => value.phases.includes(p)),
      steeringGroupId: value.steeringGroupId || null,
      strategicGoalId: value.strategicGoalId || null,
      technology: value.technology.trim() || null,
      // The year shown by default is this year: choosing it again keeps the URL short.
      year: value.year === null || (this.filters().year === null && value.year === this.shownYear()) ? this.filters().year : value.year,
    });
  }

  private show(filters: DashboardFilters, shownYear: number): void {
    this.form.setValue(
      {
        departmentId: filters.departmentId ?? '',
        phases: filters.phases,
        steeringGroupId: filters.steeringGroupId ?? '',
        strategicGoalId: filters.strategicGoalId ?? '',
        technology: filters.technology ?? '',
        year: filters.year ?? shownYear,
      },
      { emitEvent: false },
    );
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  RISK_BANDS,
  RISK_BAND_LABELS,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  RISK_HANDLERS,
  RISK_HANDLER_LABELS,
  type RiskBand,
  type RiskCategory,
  type RiskHandler,
} from '@gevinst/domain';
import type { DepartmentOption } from '@gevinst/web/departments';
import type { OwnerOption } from '../data-access/owner-options';
import { type RiskFilters, hasActiveFilters } from './risk-list-state';

const REVIEW_PRESETS = [30, 60, 90, 180, 365];

/** The portfolio risk page's filter bar. It mirrors the URL state and reports changes; the page owns navigation. */
@Component({
  selector: 'gv-risk-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, MatCheckboxModule, MatButtonModule],
  templateUrl: './risk-filters.html',
  styleUrl: './risk-filters.scss',
})
export class RiskFiltersBar {
  readonly filters = input.required<RiskFilters>();
  readonly owners = input.required<readonly OwnerOption[]>();
  readonly departments = input.required<readonly DepartmentOption[]>();
  readonly filtersChange = output<RiskFilters>();

  protected readonly hasFilters = computed(() => hasActiveFilters(this.filters()));
  protected readonly bandOptions = RISK_BANDS.map((value) => ({ value, label: RISK_BAND_LABELS[value] }));
  protected readonly categoryOptions = RISK_CATEGORIES.map((value) => ({ value, label: RISK_CATEGORY_LABELS[value] }));
  protected readonly handlerOptions = RISK_HANDLERS.map((value) => ({ value, label: RISK_HANDLER_LABELS[value] }));
  /** The presets, plus a number that came in the URL. */
  protected readonly reviewOptions = computed(() => {
    const days = this.filters().notReviewedDays;
    const all = days !== null && !REVIEW_PRESETS.includes(days) ? [...REVIEW_PRESETS, days].sort((a, b) => a - b) : REVIEW_PRESETS;
    return all.map((value) => ({ value, label: `Ikke gennemgået i ${value.toLocaleString('da-DK')} dage` }));
  });
  /** An owner in the URL that the list does not know (a bookmarked link from someone else). */
  protected readonly ownerOptions = computed(() => {
    const id = this.filters().ownerUserId;
    const owners = this.owners();
    return id && !owners.some((o) => o.id === id) ? [...owners, { id, name: 'Valgt ejer' }] : owners;
  });

  protected readonly form = new FormGroup({
    bands: new FormControl<RiskBand[]>([], { nonNullable: true }),
    categories: new FormControl<RiskCategory[]>([], { nonNullable: true }),
    handlers: new FormControl<RiskHandler[]>([], { nonNullable: true }),
    ownerUserId: new FormControl('', { nonNullable: true }),
    departmentId: new FormControl('', { nonNullable: true }),
    overdueActions: new FormControl(false, { nonNullable: true }),
    notReviewedDays: new FormControl<number | null>(null),
  });

  constructor() {
    effect(() => this.showFilters(this.filters()));
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.report());
  }

  protected reset(): void {
    this.form.reset(
      { bands: [], categories: [], handlers: [], ownerUserId: '', departmentId: '', overdueActions: false, notReviewedDays: null },
      { emitEvent: false },
    );
    this.report();
  }

  private report(): void {
    const value = this.form.getRawValue();
    this.filtersChange.emit({
      bands: value.bands,
      categories: value.categories,
      handlers: value.handlers,
      ownerUserId: value.ownerUserId || null,
      departmentId: value.departmentId || null,
      overdueActions: value.overdueActions,
      notReviewedDays: value.notReviewedDays,
    });
  }

  private showFilters(filters: RiskFilters): void {
    this.form.setValue(
      {
        bands: filters.bands,
        categories: filters.categories,
        handlers: filters.handlers,
        ownerUserId: filters.ownerUserId ?? '',
        departmentId: filters.departmentId ?? '',
        overdueActions: filters.overdueActions,
        notReviewedDays: filters.notReviewedDays,
      },
      { emitEvent: false },
    );
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { UserSummary } from '@gevinst/domain';
import { AUDIT_TABLE_LABELS } from '@gevinst/web/audit';
import { AccessibleCalendarHeader, fromIsoDate, toIsoDate } from '@gevinst/web/ui';
import { debounceTime, filter, merge } from 'rxjs';
import { type AuditFilters, hasAuditFilters, isUuid } from './audit-list-state';

const TYPING_DEBOUNCE_MS = 400;

const uuidOrEmpty = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value.trim() === '' || isUuid(control.value.trim()) ? null : { uuid: true };

/** Sits on "Til" so the message appears under that field. */
function notBeforeFrom(control: AbstractControl<Date | null>): ValidationErrors | null {
  const from = toIsoDate((control.parent as FormGroup | null)?.get('from')?.value as Date | null);
  const to = toIsoDate(control.value);
  return from && to && to < from ? { toBeforeFrom: true } : null;
}

/** The admin log's filter bar. It mirrors the URL and reports valid changes; the page owns navigation. */
@Component({
  selector: 'gv-audit-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './audit-filters.html',
  styleUrl: './audit-filters.scss',
})
export class AuditFiltersBar {
  readonly filters = input.required<AuditFilters>();
  readonly users = input.required<readonly UserSummary[]>();
  readonly filtersChange = output<AuditFilters>();

  protected readonly hasFilters = computed(() => hasAuditFilters(this.filters()));
  protected readonly tableOptions = Object.entries(AUDIT_TABLE_LABELS).map(([value, label]) => ({ value, label }));
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly form = new FormGroup({
    tableName: new FormControl('', { nonNullable: true }),
    actorId: new FormControl('', { nonNullable: true }),
    from: new FormControl<Date | null>(null),
    to: new FormControl<Date | null>(null, notBeforeFrom),
    rowId: new FormControl('', { nonNullable: true, validators: uuidOrEmpty }),
  });

  constructor() {
    effect(() => this.showFilters(this.filters()));
    const c = this.form.controls;
    c.from.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => c.to.updateValueAndValidity({ emitEvent: false }));
    merge(
      c.tableName.valueChanges,
      c.actorId.valueChanges,
      merge(c.from.valueChanges, c.to.valueChanges, c.rowId.valueChanges).pipe(debounceTime(TYPING_DEBOUNCE_MS)),
    )
      .pipe(
        filter(() => this.form.valid),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.report());
  }

  protected rowIdError(): string {
    return this.form.controls.rowId.hasError('uuid') ? 'Skriv hele id’et (36 tegn), eller lad feltet stå tomt' : '';
  }

  protected dateError(name: 'from' | 'to'): string {
    const errors = this.form.controls[name].errors;
    if (!errors) return '';
    if (errors['matDatepickerParse']) return 'Skriv datoen som dd.mm.åååå, fx 01.03.2026';
    // The "Til" picker's minimum is the "Fra" date, so both errors mean the same.
    if (errors['toBeforeFrom'] || errors['matDatepickerMin']) return 'Til-datoen må ikke ligge før fra-datoen';
    return 'Datoen er ikke gyldig';
  }

  /** Enter applies the filters at once. */
  protected report(): void {
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    this.filtersChange.emit({
      tableName: value.tableName || null,
      actorId: value.actorId || null,
      rowId: value.rowId.trim() || null,
      from: toIsoDate(value.from),
      to: toIsoDate(value.to),
    });
  }

  protected reset(): void {
    this.form.reset({ tableName: '', actorId: '', from: null, to: null, rowId: '' }, { emitEvent: false });
    this.report();
  }

  private showFilters(filters: AuditFilters): void {
    const current = this.form.getRawValue();
    // Keep what the user is typing when the URL only catches up with it.
    const same =
      (current.tableName || null) === filters.tableName &&
      (current.actorId || null) === filters.actorId &&
      (current.rowId.trim() || null) === filters.rowId &&
      toIsoDate(current.from) === filters.from &&
      toIsoDate(current.to) === filters.to;
    if (same) return;
    this.form.setValue(
      {
        tableName: filters.tableName ?? '',
        actorId: filters.actorId ?? '',
        from: fromIsoDate(filters.from),
        to: fromIsoDate(filters.to),
        rowId: filters.rowId ?? '',
      },
      { emitEvent: false },
    );
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DECISION_KINDS, DECISION_KIND_LABELS, type DecisionKind, type SteeringGroup } from '@gevinst/domain';
import { AccessibleCalendarHeader, fromIsoDate, toIsoDate } from '@gevinst/web/ui';
import { debounceTime, filter, merge } from 'rxjs';
import { type DecisionFilters, hasDecisionFilters } from './decision-log-state';

const TYPING_DEBOUNCE_MS = 400;

/** Sits on "Til" so the message appears under that field. */
function notBeforeFrom(control: AbstractControl<Date | null>): ValidationErrors | null {
  const from = toIsoDate((control.parent as FormGroup | null)?.get('from')?.value as Date | null);
  const to = toIsoDate(control.value);
  return from && to && to < from ? { toBeforeFrom: true } : null;
}

/** The decision log's filter bar. It mirrors the URL and reports valid changes; the page owns navigation. */
@Component({
  selector: 'gv-decision-filters',
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
  templateUrl: './decision-filters.html',
  styleUrl: './decision-filters.scss',
})
export class DecisionFiltersBar {
  readonly filters = input.required<DecisionFilters>();
  readonly groups = input.required<readonly SteeringGroup[]>();
  readonly filtersChange = output<DecisionFilters>();

  protected readonly hasFilters = computed(() => hasDecisionFilters(this.filters()));
  protected readonly kindOptions = DECISION_KINDS.map((value) => ({ value, label: DECISION_KIND_LABELS[value] }));
  /** A group in the URL that the list does not know (yet). */
  protected readonly groupOptions = computed(() => {
    const id = this.filters().steeringGroupId;
    const all = this.groups().map((g) => ({ id: g.id, name: g.name }));
    return id && !all.some((g) => g.id === id) ? [...all, { id, name: 'Valgt styregruppe' }] : all;
  });
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly form = new FormGroup({
    kinds: new FormControl<DecisionKind[]>([], { nonNullable: true }),
    steeringGroupId: new FormControl('', { nonNullable: true }),
    from: new FormControl<Date | null>(null),
    to: new FormControl<Date | null>(null, notBeforeFrom),
  });

  constructor() {
    effect(() => this.show(this.filters()));
    const c = this.form.controls;
    c.from.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => c.to.updateValueAndValidity({ emitEvent: false }));
    merge(c.kinds.valueChanges, c.steeringGroupId.valueChanges, merge(c.from.valueChanges, c.to.valueChanges).pipe(debounceTime(TYPING_DEBOUNCE_MS)))
      .pipe(
        filter(() => this.form.valid),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.report());
  }

  protected dateError(name: 'from' | 'to'): string {
    const errors = this.form.controls[name].errors;
    if (!errors) return '';
    if (errors['matDatepickerParse']) return 'Skriv datoen som dd.mm.åååå, fx 01.03.2026';
    if (errors['toBeforeFrom'] || errors['matDatepickerMin']) return 'Til-datoen må ikke ligge før fra-datoen';
    return 'Datoen er ikke gyldig';
  }

  /** Enter applies the filters at once. */
  protected report(): void {
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    this.filtersChange.emit({
      kinds: DECISION_KINDS.filter((kind) => value.kinds.includes(kind)),
      steeringGroupId: value.steeringGroupId || null,
      from: toIsoDate(value.from),
      to: toIsoDate(value.to),
    });
  }

  protected reset(): void {
    this.form.reset({ kinds: [], steeringGroupId: '', from: null, to: null }, { emitEvent: false });
    this.report();
  }

  private show(filters: DecisionFilters): void {
    const current = this.form.getRawValue();
    // Keep what the user is typing when the URL only catches up with it.
    const same =
      current.kinds.join() === filters.kinds.join() &&
      (current.steeringGroupId || null) === filters.steeringGroupId &&
      toIsoDate(current.from) === filters.from &&
      toIsoDate(current.to) === filters.to;
    if (same) return;
    this.form.setValue(
      { kinds: filters.kinds, steeringGroupId: filters.steeringGroupId ?? '', from: fromIsoDate(filters.from), to: fromIsoDate(filters.to) },
      { emitEvent: false },
    );
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { BENEFIT_STATUS_LABELS, BENEFIT_TYPE_LABELS, type Benefit } from '@gevinst/domain';
import { DepartmentsStore } from '@gevinst/web/departments';
import { formatAmount, unitName, unitText } from '../shared/units';
import { BenefitFollowUp } from './benefit-follow-up';
import { SectionActions } from './section-actions';

/** One benefit of the tree: what it is, who owns it, its yearly profile, follow-up and actions. */
@Component({
  selector: 'gv-benefit-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, BenefitFollowUp],
  templateUrl: './benefit-item.html',
  styleUrl: './benefit-item.scss',
})
export class BenefitItem {
  readonly benefit = input.required<Benefit>();
  /** h4 directly under a section heading, h5 under a goal's "Gevinster, der understøtter målet". */
  readonly headingLevel = input<4 | 5>(4);

  protected readonly actions = inject(SectionActions);
  private readonly departments = inject(DepartmentsStore);
  protected readonly typeLabels = BENEFIT_TYPE_LABELS;
  protected readonly statusLabels = BENEFIT_STATUS_LABELS;

  protected readonly headingId = computed(() => `benefit-${this.benefit().id}`);
  protected readonly unit = computed(() => unitName(this.benefit().unit, this.benefit().unitLabel));
  protected readonly department = computed(() => {
    const id = this.benefit().receivingDepartmentId;
    return id ? (this.departments.names().get(id) ?? 'Ukendt forvaltning') : 'Ikke angivet';
  });
  protected readonly years = computed(() => [...this.benefit().years].sort((a, b) => a.year - b.year));
  protected readonly expanded = signal(false);

  protected amount(value: number | null): string {
    if (value === null) return '–';
    const { unit, unitLabel } = this.benefit();
    return formatAmount(value, unit, unitLabel);
  }

  protected record(): void {
    const b = this.benefit();
    this.actions.record({
      target: { kind: 'benefit', id: b.id },
      title: b.title,
      unitText: unitText(b.unit, b.unitLabel),
      hours: b.unit === 'hours',
      defaultKind: 'after',
    });
  }

  protected schedule(): void {
    this.actions.schedule({ kind: 'benefit', id: this.benefit().id }, this.benefit().title);
  }
}

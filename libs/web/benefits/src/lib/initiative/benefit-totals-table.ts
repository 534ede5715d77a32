import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { BenefitSummaryTotal } from '@gevinst/domain';
import { formatAmount, unitName } from '../shared/units';
import { type TotalsGroup, groupTotals, realisedShare } from './benefit-totals';

/** Planned vs realised per year, one table per unit: amounts of different units are never added together. */
@Component({
  selector: 'gv-benefit-totals-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './benefit-totals-table.html',
  styleUrl: './benefit-totals-table.scss',
})
export class BenefitTotalsTable {
  readonly totals = input.required<readonly BenefitSummaryTotal[]>();
  readonly nonQuantifiedCount = input(0);

  protected readonly groups = computed(() => groupTotals(this.totals()));
  protected readonly share = realisedShare;

  protected unitOf(group: TotalsGroup): string {
    return unitName(group.unit, group.unitLabel);
  }

  protected amount(group: TotalsGroup, value: number): string {
    return formatAmount(value, group.unit, group.unitLabel);
  }
}

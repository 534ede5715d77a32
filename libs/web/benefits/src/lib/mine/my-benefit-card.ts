import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { BENEFIT_STATUS_LABELS, BENEFIT_TYPE_LABELS, type MyBenefit } from '@gevinst/domain';
import { formatAmount, unitName } from '../shared/units';

/** One benefit on "Mine gevinster": where it belongs, its latest measurement and what is due. */
@Component({
  selector: 'gv-my-benefit-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule],
  templateUrl: './my-benefit-card.html',
  styleUrl: './my-benefit-card.scss',
})
export class MyBenefitCard {
  readonly benefit = input.required<MyBenefit>();
  readonly record = output<void>();

  protected readonly typeLabels = BENEFIT_TYPE_LABELS;
  protected readonly statusLabels = BENEFIT_STATUS_LABELS;
  protected readonly headingId = computed(() => `my-benefit-${this.benefit().id}`);
  protected readonly unit = computed(() => unitName(this.benefit().unit, this.benefit().unitLabel));
  protected readonly latest = computed(() => {
    const { latestMeasurement: latest, unit, unitLabel } = this.benefit();
    return latest ? { value: formatAmount(latest.value, unit, unitLabel), date: latest.measuredOn } : null;
  });
}

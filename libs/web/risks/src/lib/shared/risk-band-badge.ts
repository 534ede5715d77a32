import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RISK_BAND_LABELS, type RiskBand } from '@gevinst/domain';

/**
 * A score with its band: "12 Middel". The band is written out, so the colour only adds to it; the colours are the
 * heat map's and pass WCAG AA contrast for their text.
 */
@Component({
  selector: 'gv-risk-band-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (score() !== null && band(); as b) {
      <span [class]="'badge gv-risk-band--' + b">
        <span class="badge__score">{{ score() }}</span>
        <span class="badge__band">{{ label() }}</span>
      </span>
    } @else {
      <span aria-hidden="true">–</span><span class="cdk-visually-hidden">{{ emptyText() }}</span>
    }
  `,
  styleUrl: './risk-band-badge.scss',
})
export class RiskBandBadge {
  readonly score = input<number | null>(null);
  readonly band = input<RiskBand | null>(null);
  /** Read out when there is no score (e.g. not assessed after mitigation). */
  readonly emptyText = input('Ikke vurderet');

  protected readonly label = computed(() => {
    const band = this.band();
    return band ? RISK_BAND_LABELS[band] : '';
  });
}

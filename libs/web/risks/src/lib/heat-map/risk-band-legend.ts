import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RISK_BANDS, RISK_BAND_LABELS } from '@gevinst/domain';

const RANGES = { low: '1–4', medium: '5–12', high: '15–25' } as const;

/** What the heat map's colours mean: score = sandsynlighed × konsekvens and its band. */
@Component({
  selector: 'gv-risk-band-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="legend__intro">Score = sandsynlighed × konsekvens.</p>
    <ul class="legend" aria-label="Farveforklaring">
      @for (band of bands; track band.value) {
        <li class="legend__item">
          <span class="legend__swatch" [class]="'gv-risk-band--' + band.value" aria-hidden="true"></span>
          {{ band.label }}: score {{ band.range }}
        </li>
      }
    </ul>
  `,
  styleUrl: './risk-band-legend.scss',
})
export class RiskBandLegend {
  protected readonly bands = RISK_BANDS.map((value) => ({ value, label: RISK_BAND_LABELS[value], range: RANGES[value] }));
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationStatus,
  FUNDING_LINE_STATUS_LABELS,
  type FundingLineStatus,
} from '@gevinst/domain';

type Status = FundingLineStatus | ApplicationStatus;

const LABELS: Record<Status, string> = { ...FUNDING_LINE_STATUS_LABELS, ...APPLICATION_STATUS_LABELS };

/**
 * The status of a funding line ("Foreslået", "Bekræftet") or an application ("Ansøgt", "Bevilget", "Afslået") as a
 * chip. The word carries the meaning; the colour only adds to it, with AA contrast for its text.
 */
@Component({
  selector: 'gv-funding-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip chip--' + status()">{{ label() }}</span>`,
  styles: `
    :host {
      display: inline-block;
    }
    .chip {
      display: inline-block;
      padding: 0 10px;
      border-radius: 12px;
      border: 1px solid transparent;
      font: var(--mat-sys-label-large);
      line-height: 22px;
      white-space: nowrap;
    }
    .chip--proposed,
    .chip--applied {
      border-color: var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .chip--confirmed,
    .chip--granted {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip--rejected {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class FundingStatusChip {
  readonly status = input.required<Status>();
  protected readonly label = computed(() => LABELS[this.status()]);
}

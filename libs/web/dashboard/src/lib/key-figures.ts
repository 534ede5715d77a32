import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { OverviewFigure, Phase, PortfolioOverview } from '@gevinst/domain';
import { formatCount, formatHours, formatKroner, formatPercent, phaseRows, realisedShare } from './dashboard-data';
import { type DashboardFilters, financeParams, highRiskListParams, initiativeListParams } from './dashboard-state';

/** What a figure's drill-down lists: the initiatives behind `figure` (optionally one phase), with the filters. */
export interface DrillRequest {
  figure: OverviewFigure;
  /** The dialog's heading, e.g. "Initiativer med rød status". */
  title: string;
  phase?: Phase;
  /** Heading of the count column when an initiative contributes more than one item (risks, overdue points). */
  countLabel?: string;
  /** The figure the list adds up to. */
  expected: number;
}

interface CounterCard {
  figure: OverviewFigure;
  heading: string;
  value: number;
  detail: string;
  title: string;
  countLabel?: string;
}

/**
 * The key figure cards. Every figure leads to the list behind it: a drill-down of the initiatives (same filters) or
 * a link to the list page that holds the detail (initiatives, risks, funding).
 */
@Component({
  selector: 'gv-key-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  templateUrl: './key-figures.html',
  styleUrl: './key-figures.scss',
})
export class KeyFigures {
  readonly overview = input.required<PortfolioOverview>();
  readonly filters = input.required<DashboardFilters>();
  readonly drill = output<DrillRequest>();

  protected readonly count = formatCount;
  protected readonly kroner = formatKroner;
  protected readonly hours = formatHours;
  protected readonly percent = formatPercent;
  protected readonly share = realisedShare;

  protected readonly year = computed(() => this.overview().query.year);
  protected readonly phases = computed(() => phaseRows(this.overview().byPhase));
  protected readonly initiativeParams = computed(() => initiativeListParams(this.filters()));
  protected readonly riskParams = computed(() => highRiskListParams(this.filters()));
  protected readonly financeParams = computed(() => financeParams(this.filters(), this.year()));

  protected readonly units = [
    { key: 'dkk', heading: 'Økonomiske gevinster (kr.)' },
    { key: 'hours', heading: 'Frigjort tid (timer)' },
  ] as const;

  /** The counted figures: each adds up to the drill-down list of its initiatives. */
  protected readonly counters = computed<CounterCard[]>(() => {
    const o = this.overview();
    return [
      {
        figure: 'red_status',
        heading: 'Rød status',
        value: o.redStatus,
        detail: 'Initiativer hvis seneste indsendte statusrapport er rød.',
        title: 'Initiativer med rød status',
      },
      {
        figure: 'failing_health',
        heading: 'Sundhedstjek',
        value: o.failingHealth.initiatives,
        detail: `Initiativer med mindst ét fund i sundhedstjekket, heraf ${formatCount(o.failingHealth.withErrors)} med fejl.`,
        title: 'Initiativer med fund i sundhedstjekket',
      },
      {
        figure: 'open_high_risks',
        heading: 'Åbne høje risici',
        value: o.openHighRisks,
        detail: 'Åbne risici og risici under håndtering med score 15–25 (før tiltag).',
        title: 'Initiativer med åbne høje risici',
        countLabel: 'Høje risici',
      },
      {
        figure: 'overdue_measurements',
        heading: 'Overskredne målinger',
        value: o.overdueMeasurements,
        detail: 'Evalueringspunkter på mål og gevinster, hvis dato er passeret uden en måling.',
        title: 'Initiativer med overskredne målinger',
        countLabel: 'Overskredne målinger',
      },
      {
        figure: 'missing_status_reports',
        heading: 'Manglende statusrapporter',
        value: o.missingStatusReports,
        detail: 'Initiativer i gennemførelse eller realisering uden indsendt statusrapport for den aktuelle periode.',
        title: 'Initiativer uden statusrapport for perioden',
      },
    ];
  });

  protected open(figure: OverviewFigure, title: string, expected: number, extra: Partial<DrillRequest> = {}): void {
    this.drill.emit({ figure, title, expected, ...extra });
  }

  protected openPhase(phase: Phase, label: string, expected: number): void {
    this.open('all', `Initiativer i fasen ${label}`, expected, { phase });
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { Router } from '@angular/router';
import type { PortfolioOverview } from '@gevinst/domain';
import { BubbleChart, CategoryBarChart, GroupedBarChart, StackedBarChart, formatNumber } from '@gevinst/web/charts';
import { RiskBandLegend, RiskHeatMap } from '@gevinst/web/risks';
import { BENEFIT_SERIES, benefitGroups, formatKroner, fundingChart, phaseChartData, themeChartData, valueVsRiskPoints } from './dashboard-data';
import type { DashboardFilters } from './dashboard-state';

interface HeatMapCellChoice {
  matrix: 'before' | 'after';
  probability: number;
  consequence: number;
}

/**
 * The dashboard's charts. The page loads this component with @defer, so ngx-charts and d3 come in a chunk of their
 * own after the key figures. Every chart has a caption and a table; "Vis alle tabeller" on the page opens them all.
 */
@Component({
  selector: 'gv-dashboard-charts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CategoryBarChart, GroupedBarChart, StackedBarChart, BubbleChart, RiskHeatMap, RiskBandLegend],
  templateUrl: './dashboard-charts.html',
  styleUrl: './dashboard-charts.scss',
})
export class DashboardCharts {
  private readonly router = inject(Router);

  readonly overview = input.required<PortfolioOverview>();
  readonly filters = input.required<DashboardFilters>();
  /** The page's "show every table" switch; each chart can still be toggled on its own. */
  readonly allTables = input(false);

  protected readonly tables = {
    phase: linkedSignal(() => this.allTables()),
    dkk: linkedSignal(() => this.allTables()),
    hours: linkedSignal(() => this.allTables()),
    funding: linkedSignal(() => this.allTables()),
    scored: linkedSignal(() => this.allTables()),
    unscored: linkedSignal(() => this.allTables()),
    themes: linkedSignal(() => this.allTables()),
  };

  protected readonly series = BENEFIT_SERIES;
  protected readonly kroner = formatKroner;
  protected readonly number = formatNumber;
  protected readonly score = (value: number): string => formatNumber(Math.round(value * 10) / 10);

  protected readonly phases = computed(() => phaseChartData(this.overview().byPhase));
  protected readonly dkk = computed(() => benefitGroups(this.overview().benefits.byYear, 'dkk'));
  protected readonly hours = computed(() => benefitGroups(this.overview().benefits.byYear, 'hours'));
  protected readonly funding = computed(() => fundingChart(this.overview().fundingByDepartment));
  protected readonly bubbles = computed(() => valueVsRiskPoints(this.overview().valueVsRisk));
  protected readonly themes = computed(() => themeChartData(this.overview().healthByTheme));
  protected readonly liveRisks = computed(() => this.overview().riskHeatMap.before.reduce((sum, cell) => sum + cell.count, 0));

  /** A heat-map cell opens the risk list on that cell (with the department, the one filter the list shares). */
  protected openCell(cell: HeatMapCellChoice): void {
    void this.router.navigate(['/risici'], {
      queryParams: {
        probability: cell.probability,
        consequence: cell.consequence,
        matrix: cell.matrix,
        departmentId: this.filters().departmentId,
      },
    });
  }
}

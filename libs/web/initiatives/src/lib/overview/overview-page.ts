import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { PHASES, PHASE_LABELS, type PhaseCount } from '@gevinst/domain';
import { BarChart, type BarChartDatum } from '@gevinst/web/charts';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, switchMap } from 'rxjs';
import { InitiativesApi } from '../data-access/initiatives-api';

/** /overblik: how many active initiatives are in each phase. */
@Component({
  selector: 'gv-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, ErrorBanner, BarChart, MatButtonModule, MatProgressBarModule],
  template: `
    <gv-page-header heading="Overblik" />
    @let state = counts();
    @switch (state.status) {
      @case ('loading') {
        <mat-progress-bar mode="indeterminate" aria-label="Henter overblikket" />
      }
      @case ('failed') {
        <gv-error-banner [message]="describeApiError(state.error)">
          <button mat-stroked-button type="button" (click)="retry()">Prøv igen</button>
        </gv-error-banner>
      }
      @case ('loaded') {
        <p>I alt {{ total() }} aktive initiativer. Arkiverede initiativer tælles ikke med.</p>
        <gv-bar-chart
          [data]="chartData()"
          xLabel="Fase"
          yLabel="Antal initiativer"
          caption="Antal aktive initiativer i hver fase"
        />
      }
    }
  `,
})
export class OverviewPage {
  private readonly api = inject(InitiativesApi);
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly describeApiError = describeApiError;

  protected readonly counts = toSignal(
    this.retry$.pipe(switchMap(() => this.api.phaseCounts().pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<PhaseCount[]> },
  );

  /** Every phase in process order, with 0 for phases the API left out. */
  protected readonly chartData = computed<BarChartDatum[]>(() => {
    const state = this.counts();
    const counts = state.status === 'loaded' ? state.value : [];
    return PHASES.map((phase) => ({
      label: PHASE_LABELS[phase],
      value: counts.find((c) => c.phase === phase)?.count ?? 0,
    }));
  });

  protected readonly total = computed(() => this.chartData().reduce((sum, d) => sum + d.value, 0));

  protected retry(): void {
    this.retry$.next();
  }
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type OverviewDrilldownRow, PHASE_LABELS, type PortfolioOverviewQuery } from '@gevinst/domain';
import { ErrorBanner, LOADING, type LoadState, describeApiError, toLoadState } from '@gevinst/web/ui';
import { DashboardApi } from './data-access/dashboard-api';
import { formatCount } from './dashboard-data';
import type { DrillRequest } from './key-figures';

export interface DrilldownData {
  request: DrillRequest;
  query: PortfolioOverviewQuery;
  /** The filters in words, so the list says what it is filtered by. */
  filterText: string;
}

/** The initiatives behind a figure, fetched with the dashboard's filters; each links to its initiative page. */
@Component({
  selector: 'gv-drilldown-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule, MatProgressBarModule, RouterLink, ErrorBanner],
  template: `
    <h2 mat-dialog-title>{{ data.request.title }}</h2>
    <mat-dialog-content>
      <p class="drill__filters">{{ data.filterText }}</p>
      @let state = rows();
      @switch (state.status) {
        @case ('loading') {
          <mat-progress-bar mode="indeterminate" aria-label="Henter initiativerne" />
        }
        @case ('failed') {
          <gv-error-banner [message]="describeApiError(state.error)" />
        }
        @case ('loaded') {
          @if (state.value.length === 0) {
            <p>Ingen initiativer.</p>
          } @else {
            <table class="drill__table">
              <caption class="cdk-visually-hidden">{{ data.request.title }}</caption>
              <thead>
                <tr>
                  <th scope="col">Kode</th>
                  <th scope="col">Initiativ</th>
                  <th scope="col">Fase</th>
                  @if (data.request.countLabel) {
                    <th scope="col" class="drill__number">{{ data.request.countLabel }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of state.value; track row.initiative.id) {
                  <tr>
                    <td class="drill__code">{{ row.initiative.code }}</td>
                    <th scope="row">
                      <a [routerLink]="['/initiativer', row.initiative.id]" mat-dialog-close>{{ row.initiative.title }}</a>
                    </th>
                    <td>{{ phaseLabels[row.initiative.phase] }}</td>
                    @if (data.request.countLabel) {
                      <td class="drill__number">{{ count(row.count) }}</td>
                    }
                  </tr>
                }
              </tbody>
              @if (data.request.countLabel) {
                <tfoot>
                  <tr>
                    <th scope="row" colspan="3">I alt</th>
                    <td class="drill__number">{{ count(total()) }}</td>
                  </tr>
                </tfoot>
              }
            </table>
            <p class="drill__sum">{{ summary() }}</p>
          }
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Luk</button>
    </mat-dialog-actions>
  `,
  styles: `
    .drill__filters {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .drill__table {
      border-collapse: collapse;
      width: 100%;
    }
    .drill__table th,
    .drill__table td {
      padding: 6px 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .drill__table tbody th {
      font-weight: 400;
    }
    .drill__code {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .drill__number {
      text-align: right !important;
      font-variant-numeric: tabular-nums;
    }
    .drill__sum {
      margin: 12px 0 0;
    }
  `,
})
export class DrilldownDialog {
  protected readonly data = inject<DrilldownData>(MAT_DIALOG_DATA);
  private readonly api = inject(DashboardApi);
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly count = formatCount;
  protected readonly describeApiError = describeApiError;

  private readonly query = this.data.request.phase ? { ...this.data.query, phase: [this.data.request.phase] } : this.data.query;
  protected readonly rows = toSignal(this.api.drilldown(this.query, this.data.request.figure).pipe(toLoadState()), {
    initialValue: LOADING as LoadState<OverviewDrilldownRow[]>,
  });
  protected readonly total = computed(() => {
    const state = this.rows();
    return state.status === 'loaded' ? state.value.reduce((sum, row) => sum + row.count, 0) : 0;
  });
  protected readonly summary = computed(() => {
    const state = this.rows();
    const n = state.status === 'loaded' ? state.value.length : 0;
    return n === 1 ? '1 initiativ.' : `${formatCount(n)} initiativer.`;
  });
}

import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { BusinessCase } from '@gevinst/domain';
import { CategoryLineChart, formatCompact } from '@gevinst/web/charts';
import { ErrorBanner, LOADING, type LoadState, Today, describeApiError, keptWhileLoading, toLoadState } from '@gevinst/web/ui';
import { switchMap } from 'rxjs';
import { BusinessCaseApi } from '../data-access/business-case-api';
import {
  baselineComparison,
  cumulativeCurve,
  curveSummary,
  formatKroner,
  isEmptyCase,
  keyFigures,
  leftOutNotes,
  openPreconditions,
  settingsLine,
} from './business-case-view';

/**
 * "Simpel business case" on the initiative page: NPV, payback year and the value of freed time (apart from cash) in
 * three scenarios, the cumulative cash per year as a chart with a table, the case as approved at the latest gate beside
 * the case now, the open preconditions and the settings used. Read-only: the figures follow from the funding plan, the
 * benefits' yearly profiles and the organisation's settings. The page shows the section's h2 and loads it with @defer.
 */
@Component({
  selector: 'gv-business-case-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, ErrorBanner, CategoryLineChart],
  templateUrl: './business-case-section.html',
  styleUrl: './business-case-section.scss',
})
export class BusinessCaseSection {
  readonly initiativeId = input.required<string>();
  /** Bumped by the page after a change elsewhere on it (e.g. a gate decision): the case is read again. */
  readonly revision = input(0);

  private readonly api = inject(BusinessCaseApi);
  private readonly today = inject(Today);

  private readonly retries = signal(0);
  private readonly request = computed(() => ({ id: this.initiativeId(), revision: this.revision(), retry: this.retries() }));

  protected readonly state = toSignal(toObservable(this.request).pipe(switchMap(({ id }) => this.api.get(id).pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<BusinessCase>,
  });
  /** The case last loaded, kept while it is read again so the section does not flicker. */
  protected readonly current = linkedSignal<LoadState<BusinessCase>, BusinessCase | null>({
    source: this.state,
    computation: keptWhileLoading,
  });

  protected readonly settings = computed(() => this.view((c) => settingsLine(c.settings), ''));
  protected readonly empty = computed(() => this.view(isEmptyCase, true));
  protected readonly figures = computed(() => this.view(keyFigures, []));
  protected readonly curve = computed(() => this.view(cumulativeCurve, { seriesNames: [], patterns: [], groups: [] }));
  protected readonly curveSummary = computed(() => this.view(curveSummary, ''));
  protected readonly comparison = computed(() => this.view(baselineComparison, null));
  protected readonly preconditions = computed(() =>
    this.view((c) => openPreconditions(c.preconditions, this.today.today()), { shown: [], more: 0, done: 0 }),
  );
  protected readonly notes = computed(() => this.view(leftOutNotes, []));

  protected readonly kroner = formatKroner;
  protected readonly tick = formatCompact;
  protected readonly describeApiError = describeApiError;

  protected retry(): void {
    this.retries.update((n) => n + 1);
  }

  private view<T>(shape: (businessCase: BusinessCase) => T, none: T): T {
    const businessCase = this.current();
    return businessCase ? shape(businessCase) : none;
  }
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { type InitiativeSummary, PHASE_LABELS, SIZE_CLASS_LABELS } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, ListTable, PageHeader, injectUrlList } from '@gevinst/web/ui';
import { InitiativesApi } from '../data-access/initiatives-api';
import { InitiativeFiltersBar } from './initiative-filters';
import { FILTER_KEYS, INITIATIVE_LIST, INITIATIVE_SORT, listStateToQuery } from './initiative-list-state';

/** /initiativer: server-side filtered, sorted and paged list; the URL is the single source of state. */
@Component({
  selector: 'gv-initiative-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatIconModule, MatTableModule, MatSortModule, PageHeader, ErrorBanner, ListTable, InitiativeFiltersBar],
  templateUrl: './initiative-list-page.html',
  styleUrl: './initiative-list-page.scss',
})
export class InitiativeListPage {
  private readonly api = inject(InitiativesApi);
  protected readonly departments = inject(DepartmentsStore);
  private readonly auth = inject(AuthStore);
  protected readonly canCreate = computed(() => this.auth.canSometimes('initiative.create'));

  protected readonly columns = ['code', 'title', 'phase', 'leadDepartment', 'sizeClass', 'plannedStart', 'plannedEnd'];
  protected readonly list = injectUrlList({ codec: INITIATIVE_LIST, fetch: (state) => this.api.list(listStateToQuery(state)) });
  protected readonly filters = this.list.select(...FILTER_KEYS);

  // mat-table's row context is untyped; these keep the label lookups type-checked.
  protected phaseLabel(row: InitiativeSummary): string {
    return PHASE_LABELS[row.phase];
  }

  protected sizeLabel(row: InitiativeSummary): string {
    return SIZE_CLASS_LABELS[row.sizeClass];
  }

  protected sortChange(sort: Sort): void {
    this.list.navigate({ sort: INITIATIVE_SORT.fromHeader(sort), page: 1 });
  }
}

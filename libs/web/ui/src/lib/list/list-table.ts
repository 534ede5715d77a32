import {
  type AfterContentInit,
  ChangeDetectionStrategy,
  Component,
  ContentChildren,
  type QueryList,
  computed,
  input,
  linkedSignal,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSort } from '@angular/material/sort';
import { MatColumnDef, MatTable, MatTableModule } from '@angular/material/table';
import type { ApiError, Page } from '@gevinst/domain';
import { describeApiError } from '../api-error';
import { ErrorBanner } from '../error-banner';
import { type LoadState, keptWhileLoading } from '../load-state';
import { type ListNoun, type ListPaging, PAGE_SIZE_OPTIONS, countText, pagingFromPaginator } from './list-paging';

/**
 * A list as a table: caption, loading bar, error with "Prøv igen", result count, empty state and paginator. The page
 * projects its columns (`<ng-container matColumnDef>`, with `mat-sort-header` where a column sorts) and keeps the
 * state, usually in the URL (injectUrlList). MatSort sits on this element so the projected sort headers find it:
 * bind `sortActive`, `sortDirection` and `(sortChange)`.
 */
@Component({
  selector: 'gv-list-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, MatPaginatorModule, MatProgressBarModule, MatButtonModule, ErrorBanner],
  hostDirectives: [
    {
      directive: MatSort,
      inputs: ['matSortActive: sortActive', 'matSortDirection: sortDirection'],
      outputs: ['matSortChange: sortChange'],
    },
  ],
  templateUrl: './list-table.html',
  styleUrl: './list-table.scss',
})
export class ListTable<T> implements AfterContentInit {
  readonly load = input.required<LoadState<Page<T>>>();
  /** The columns shown, in order: names of projected matColumnDefs. */
  readonly columns = input.required<readonly string[]>();
  /** The table's accessible name; also names its scroll region. */
  readonly caption = input.required<string>();
  /** Keeps the caption for screen readers only, where the heading above already says it. */
  readonly captionHidden = input(false);
  /** "1 initiativ fundet", "Henter initiativer", "Vælg side med initiativer". */
  readonly noun = input.required<ListNoun>();
  readonly emptyText = input.required<string>();
  readonly failedText = input('Listen kunne ikke hentes.');
  readonly describeError = input<(error: ApiError) => string>(describeApiError);
  /** The page shown; without it the list is not paged: no paginator and no count. */
  readonly paging = input<ListPaging | null>(null);
  readonly pageSizeOptions = input<readonly number[]>(PAGE_SIZE_OPTIONS);

  readonly pageChange = output<ListPaging>();
  readonly retry = output<void>();

  private readonly table = viewChild.required(MatTable);
  // A decorator query, not contentChildren(): the signal version would add its runtime to the initial bundle.
  @ContentChildren(MatColumnDef) private readonly columnDefs?: QueryList<MatColumnDef>;

  protected readonly shown = linkedSignal({ source: this.load, computation: keptWhileLoading<Page<T>> });
  protected readonly rows = computed(() => this.shown()?.items ?? []);
  protected readonly total = computed(() => this.shown()?.total ?? 0);
  protected readonly count = computed(() => countText(this.total(), this.noun()));

  ngAfterContentInit(): void {
    // The columns are declared by the page; mat-table learns them here, before its first render.
    this.columnDefs?.forEach((columnDef) => this.table().addColumnDef(columnDef));
  }

  protected emptyRowText(status: LoadState<unknown>['status']): string {
    if (status === 'loading') return `Henter ${this.noun().many} …`;
    return status === 'loaded' ? this.emptyText() : this.failedText();
  }

  protected paginate(event: PageEvent): void {
    this.pageChange.emit(pagingFromPaginator(event));
  }
}

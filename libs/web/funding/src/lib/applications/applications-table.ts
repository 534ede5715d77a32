import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Page, PoolApplication } from '@gevinst/domain';
import { type ListPaging, ListTable, type LoadState } from '@gevinst/web/ui';
import { formatKroner } from '../shared/money';
import { FundingStatusChip } from '../shared/status-chip';

/** Pool applications with their status and decision; finance decides open ones from here. */
@Component({
  selector: 'gv-applications-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatTableModule, ListTable, FundingStatusChip],
  templateUrl: './applications-table.html',
  styleUrl: './applications-table.scss',
})
export class ApplicationsTable {
  readonly load = input.required<LoadState<Page<PoolApplication>>>();
  readonly caption = input.required<string>();
  readonly emptyText = input.required<string>();
  /** The page shown on the portfolio list; the initiative page shows all its applications. */
  readonly paging = input<ListPaging | null>(null);
  /** The portfolio list names the initiative; the initiative page does not. */
  readonly showInitiative = input(false);
  readonly canDecide = input(false);
  readonly decide = output<PoolApplication>();
  readonly pageChange = output<ListPaging>();
  readonly retry = output<void>();

  protected readonly columns = computed(() => [
    ...(this.showInitiative() ? ['initiative'] : []),
    'pool',
    'year',
    'amount',
    'purpose',
    'status',
    'appliedAt',
    'decision',
    ...(this.canDecide() ? ['actions'] : []),
  ]);
  protected readonly kroner = formatKroner;

  // mat-table's row context is untyped; this keeps the template type-checked.
  protected decideLabel(application: PoolApplication): string {
    return `Afgør ansøgning fra ${application.initiative.code} om ${formatKroner(application.amount)}`;
  }
}

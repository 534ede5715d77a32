import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { PoolApplication } from '@gevinst/domain';
import { formatKroner } from '../shared/money';
import { FundingStatusChip } from '../shared/status-chip';

/** Pool applications with their status and decision; finance decides open ones from here. */
@Component({
  selector: 'gv-applications-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, FundingStatusChip],
  templateUrl: './applications-table.html',
  styleUrl: './applications-table.scss',
})
export class ApplicationsTable {
  readonly applications = input.required<readonly PoolApplication[]>();
  readonly caption = input.required<string>();
  /** The portfolio list names the initiative; the initiative page does not. */
  readonly showInitiative = input(false);
  readonly canDecide = input(false);
  readonly decide = output<PoolApplication>();

  protected readonly kroner = formatKroner;
}

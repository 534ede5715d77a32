import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { DECISION_KIND_LABELS, type Decision, type SteeringGroup } from '@gevinst/domain';
import { ListTable, PageHeader, injectUrlList } from '@gevinst/web/ui';
import { catchError, of } from 'rxjs';
import { ReviewsApi } from '../data-access/reviews-api';
import { SteeringGroupsApi } from '../data-access/steering-groups-api';
import { phaseChange } from '../shared/decision-text';
import { GovernanceNav } from '../shared/governance-nav';
import { describeGovernanceError } from '../shared/server-messages';
import { DecisionFiltersBar } from './decision-filters';
import { DECISION_LOG, FILTER_KEYS, decisionStateToQuery } from './decision-log-state';

/** /styring/beslutninger: the organisation's decision log, newest first, filtered and paged on the server; the URL is the state. */
@Component({
  selector: 'gv-decision-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatTableModule, PageHeader, ListTable, GovernanceNav, DecisionFiltersBar],
  templateUrl: './decision-log-page.html',
  styleUrl: './decision-log-page.scss',
})
export class DecisionLogPage {
  private readonly api = inject(ReviewsApi);

  protected readonly columns = ['decidedAt', 'initiative', 'kind', 'phase', 'steeringGroup', 'decidedBy', 'reason'];
  protected readonly describeError = describeGovernanceError;

  protected readonly list = injectUrlList({ codec: DECISION_LOG, fetch: (state) => this.api.decisions(decisionStateToQuery(state)) });
  protected readonly filters = this.list.select(...FILTER_KEYS);
  protected readonly groups = toSignal(inject(SteeringGroupsApi).list().pipe(catchError(() => of([] as SteeringGroup[]))), {
    initialValue: [] as SteeringGroup[],
  });

  // mat-table's row context is untyped; these keep the lookups type-checked.
  protected kindLabel(decision: Decision): string {
    return DECISION_KIND_LABELS[decision.kind];
  }

  protected phaseText(decision: Decision): string {
    return phaseChange(decision);
  }

  protected findings(decision: Decision): string {
    const count = decision.openFindings.length;
    return count === 0 ? '' : count === 1 ? 'Trods 1 åbent fund' : `Trods ${count} åbne fund`;
  }
}

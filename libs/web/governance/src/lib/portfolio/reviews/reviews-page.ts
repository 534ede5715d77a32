import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { type PortfolioReview, REVIEW_STATUS_LABELS, STEERING_LEVEL_LABELS, type SteeringGroup } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, catchError, of, switchMap } from 'rxjs';
import { openLazyDialog } from '../../shared/open-dialog';
import { type ReviewSummary, ReviewsApi } from '../data-access/reviews-api';
import { SteeringGroupsApi } from '../data-access/steering-groups-api';
import { GovernanceNav } from '../shared/governance-nav';
import { sitsInChain } from '../steering-groups/group-tree';
import type { ReviewDialogData } from './review-dialog';

/**
 * /styring/moeder: the organisation's portfolio reviews, newest first. The directorate, admin and the members of a
 * group (or a group above it) call a meeting; its agenda is built from the initiatives due when it is created.
 */
@Component({
  selector: 'gv-reviews-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatProgressBarModule, PageHeader, ErrorBanner, GovernanceNav],
  templateUrl: './reviews-page.html',
  styleUrl: './reviews-page.scss',
})
export class ReviewsPage {
  private readonly api = inject(ReviewsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);

  protected readonly statusLabels = REVIEW_STATUS_LABELS;
  protected readonly levelLabels = STEERING_LEVEL_LABELS;
  protected readonly describeApiError = describeApiError;

  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly load = toSignal(this.retry$.pipe(switchMap(() => this.api.list().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<ReviewSummary[]>,
  });
  /** Without the groups nobody can call a meeting, but the list still shows. */
  private readonly groups = toSignal(inject(SteeringGroupsApi).list().pipe(catchError(() => of([] as SteeringGroup[]))), {
    initialValue: [] as SteeringGroup[],
  });
  /** The groups the user may call a meeting for: all for admin and the directorate, else where they sit (or above). */
  protected readonly callable = computed(() => {
    const me = this.auth.currentUser()?.id ?? '';
    const all = this.groups();
    if (this.auth.can('review.manage')) return all;
    return all.filter((group) => sitsInChain(all, group.id, me));
  });

  protected retry(): void {
    this.retry$.next();
  }

  protected create(): void {
    const data: ReviewDialogData = { groups: this.callable() };
    openLazyDialog<unknown, ReviewDialogData, PortfolioReview>(
      this.dialog,
      this.injector,
      () => import('./review-dialog').then((m) => m.ReviewDialog),
      data,
      '560px',
    ).subscribe((created) => {
      if (created) void this.router.navigate(['/styring/moeder', created.id]);
    });
  }
}

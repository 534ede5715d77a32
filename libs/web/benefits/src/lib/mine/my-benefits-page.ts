import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Measurement, MyBenefit } from '@gevinst/domain';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, switchMap } from 'rxjs';
import { BenefitsApi } from '../data-access/benefits-api';
import type { MeasurementDialogData } from '../measurement/measurement-dialog';
import { openLazyDialog } from '../shared/open-dialog';
import { unitText } from '../shared/units';
import { MyBenefitCard } from './my-benefit-card';
import { overdueSummary, sortMostOverdueFirst } from './my-benefits';

/** /mine-gevinster: the signed-in user's benefits across initiatives, what is due, and a quick measurement form. */
@Component({
  selector: 'gv-my-benefits-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, ErrorBanner, MatButtonModule, MatProgressBarModule, MyBenefitCard],
  template: `
    <gv-page-header heading="Mine gevinster" subtitle="Gevinster, du er gevinstejer på, og de målinger, der skal følges op." />
    @let state = benefits();
    @switch (state.status) {
      @case ('loading') {
        <mat-progress-bar mode="indeterminate" aria-label="Henter dine gevinster" />
      }
      @case ('failed') {
        <gv-error-banner [message]="describeApiError(state.error)">
          <button mat-stroked-button type="button" (click)="reload()">Prøv igen</button>
        </gv-error-banner>
      }
      @case ('loaded') {
        @if (sorted().length === 0) {
          <p class="empty">
            Du er ikke gevinstejer på nogen gevinster endnu. Når en projektleder gør dig til gevinstejer, kan du følge
            op på gevinsten her.
          </p>
        } @else {
          <p class="summary" role="status">{{ summary() ?? 'Du har ingen forfaldne målinger.' }}</p>
          <ul class="list" aria-label="Mine gevinster, mest forfaldne først">
            @for (benefit of sorted(); track benefit.id) {
              <li><gv-my-benefit-card [benefit]="benefit" (record)="record(benefit)" /></li>
            }
          </ul>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 960px;
    }
    .list {
      display: flex;
      flex-direction: column;
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .summary {
      margin: 0 0 16px;
      font-weight: 500;
    }
    .empty {
      max-width: 65ch;
    }
  `,
})
export class MyBenefitsPage {
  private readonly api = inject(BenefitsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly reload$ = new BehaviorSubject<void>(undefined);
  protected readonly describeApiError = describeApiError;

  protected readonly benefits = toSignal(this.reload$.pipe(switchMap(() => this.api.mine().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<MyBenefit[]>,
  });
  protected readonly sorted = computed(() => {
    const state = this.benefits();
    return state.status === 'loaded' ? sortMostOverdueFirst(state.value) : [];
  });
  protected readonly summary = computed(() => overdueSummary(this.sorted()));

  protected reload(): void {
    this.reload$.next();
  }

  protected record(benefit: MyBenefit): void {
    const data: MeasurementDialogData = {
      target: { kind: 'benefit', id: benefit.id },
      title: `${benefit.title} (${benefit.initiative.code})`,
      unitText: unitText(benefit.unit, benefit.unitLabel),
      hours: benefit.unit === 'hours',
      defaultKind: benefit.latestMeasurement ? 'after' : 'before',
      openPoints: benefit.openPoints,
    };
    openLazyDialog<unknown, MeasurementDialogData, Measurement>(
      this.dialog,
      this.injector,
      () => import('../measurement/measurement-dialog').then((m) => m.MeasurementDialog),
      data,
    ).subscribe((measurement) => {
      if (!measurement) return;
      this.snackBar.open('Målingen er registreret', 'Luk', { duration: 6000 });
      this.reload();
    });
  }
}

import { ChangeDetectionStrategy, Component, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import type { StrategicGoal } from '@gevinst/domain';
import {
  ErrorBanner,
  LOADING,
  type LoadState,
  PageHeader,
  confirmAction,
  describeApiError,
  isNotFound,
  isVersionConflict,
  toApiError,
  toLoadState,
} from '@gevinst/web/ui';
import { BehaviorSubject, filter, switchMap } from 'rxjs';
import { StrategicGoalsApi } from '../data-access/strategic-goals-api';
import { StrategicGoalDialog, type StrategicGoalDialogData } from './strategic-goal-dialog';

interface Banner {
  message: string;
}

const byTitle = (a: StrategicGoal, b: StrategicGoal) => a.title.localeCompare(b.title, 'da');

/** /admin/strategiske-maal: the organisation's strategic goals, with create, edit and delete. */
@Component({
  selector: 'gv-strategic-goals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, PageHeader, ErrorBanner],
  templateUrl: './strategic-goals-page.html',
  styleUrls: ['../admin-table.scss', './strategic-goals-page.scss'],
})
export class StrategicGoalsPage {
  private readonly api = inject(StrategicGoalsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly describeApiError = describeApiError;
  protected readonly columns = ['title', 'description', 'actions'];

  private readonly reload$ = new BehaviorSubject<void>(undefined);
  protected readonly load = toSignal(this.reload$.pipe(switchMap(() => this.api.list().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<StrategicGoal[]>,
  });
  /** The loaded goals, updated in place after each save; kept while a reload runs. */
  protected readonly goals = linkedSignal<LoadState<StrategicGoal[]>, StrategicGoal[]>({
    source: this.load,
    computation: (load, previous) =>
      load.status === 'loaded' ? [...load.value].sort(byTitle) : load.status === 'loading' ? (previous?.value ?? []) : [],
  });
  protected readonly busyId = signal<string | null>(null);
  protected readonly banner = signal<Banner | null>(null);

  // mat-table's row context is untyped; this keeps the template type-checked.
  protected row(goal: StrategicGoal): StrategicGoal {
    return goal;
  }

  protected reload(): void {
    this.banner.set(null);
    this.reload$.next();
  }

  protected create(): void {
    this.openDialog({}).subscribe((created) => {
      this.goals.update((goals) => [...goals, created].sort(byTitle));
      this.snackBar.open(`Det strategiske mål ${created.title} er oprettet`, 'Luk', { duration: 6000 });
    });
  }

  protected edit(goal: StrategicGoal): void {
    this.openDialog({ goal }).subscribe((saved) => {
      this.goals.update((goals) => goals.map((g) => (g.id === saved.id ? saved : g)).sort(byTitle));
      this.snackBar.open('Ændringerne er gemt', 'Luk', { duration: 6000 });
    });
  }

  protected remove(goal: StrategicGoal): void {
    confirmAction(this.dialog, {
      title: 'Slet det strategiske mål?',
      message: `${goal.title} slettes. Mål på initiativer, der er knyttet til det, beholdes, men mister koblingen.`,
      confirmLabel: 'Slet',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.delete(goal));
  }

  private delete(goal: StrategicGoal): void {
    this.busyId.set(goal.id);
    this.banner.set(null);
    this.api.remove(goal.id, goal.version).subscribe({
      next: () => {
        this.busyId.set(null);
        this.goals.update((goals) => goals.filter((g) => g.id !== goal.id));
        this.snackBar.open(`${goal.title} er slettet`, 'Luk', { duration: 6000 });
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        const apiError = toApiError(error);
        if (isVersionConflict(apiError)) {
          this.banner.set({
            message:
              `${goal.title} er blevet ændret af en anden, siden listen blev hentet. ` +
              'Listen er genindlæst med de nyeste oplysninger. Prøv igen, hvis det stadig er nødvendigt.',
          });
          this.reload$.next();
        } else if (isNotFound(apiError)) {
          this.banner.set({ message: `${goal.title} er allerede slettet af en anden. Listen er genindlæst.` });
          this.reload$.next();
        } else {
          this.banner.set({ message: describeApiError(apiError) });
        }
      },
    });
  }

  private openDialog(data: StrategicGoalDialogData) {
    return this.dialog
      .open<StrategicGoalDialog, StrategicGoalDialogData, StrategicGoal>(StrategicGoalDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((saved): saved is StrategicGoal => saved !== undefined));
  }
}

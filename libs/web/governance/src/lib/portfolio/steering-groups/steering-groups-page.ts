import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { STEERING_LEVEL_LABELS, type SteeringGroup } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { ErrorBanner, LOADING, type LoadState, PageHeader, confirmAction, describeApiError, toApiError, toLoadState } from '@gevinst/web/ui';
import { switchMap } from 'rxjs';
import { SteeringGroupsApi } from '../data-access/steering-groups-api';
import { GovernanceNav } from '../shared/governance-nav';
import { openLazyDialog } from '../../shared/open-dialog';
import { describeGovernanceError } from '../shared/server-messages';
import { groupTree, initiativeCount, memberCount } from './group-tree';
import type { SteeringGroupDialogData } from './steering-group-dialog';

/**
 * /styring/styregrupper: the steering groups as a tree by the group each reports to (Silkeborg's model: local groups
 * report upward to the directorate), with level, chair and members. Everyone reads; admin creates, edits and deletes.
 */
@Component({
  selector: 'gv-steering-groups-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, MatButtonModule, MatProgressBarModule, PageHeader, ErrorBanner, GovernanceNav],
  templateUrl: './steering-groups-page.html',
  styleUrl: './steering-groups-page.scss',
})
export class SteeringGroupsPage {
  private readonly api = inject(SteeringGroupsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly memberCount = memberCount;
  protected readonly initiativeCount = initiativeCount;
  protected readonly describeApiError = describeApiError;
  protected readonly canManage = computed(() => this.auth.can('steering_group.manage'));

  private readonly revision = signal(0);
  protected readonly load = toSignal(toObservable(this.revision).pipe(switchMap(() => this.api.list().pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<SteeringGroup[]>,
  });
  protected readonly groups = linkedSignal<LoadState<SteeringGroup[]>, SteeringGroup[] | null>({
    source: this.load,
    computation: (load, previous) => (load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null),
  });
  protected readonly tree = computed(() => groupTree(this.groups() ?? []));
  protected readonly actionError = signal<string | null>(null);

  // The tree's template context is untyped; these keep the lookups type-checked.
  protected levelLabel(group: SteeringGroup): string {
    return STEERING_LEVEL_LABELS[group.level];
  }

  protected otherMembers(group: SteeringGroup): string {
    const others = group.members.filter((m) => m.id !== group.chair?.id).map((m) => m.name);
    return others.length > 0 ? others.join(', ') : 'Ingen';
  }

  protected reload(): void {
    this.revision.update((n) => n + 1);
  }

  protected open(group?: SteeringGroup): void {
    const data: SteeringGroupDialogData = { group, groups: this.groups() ?? [] };
    this.actionError.set(null);
    openLazyDialog<unknown, SteeringGroupDialogData, SteeringGroup>(
      this.dialog,
      this.injector,
      () => import('./steering-group-dialog').then((m) => m.SteeringGroupDialog),
      data,
    ).subscribe((saved) => {
      if (saved) this.snackBar.open(group ? 'Styregruppen er gemt' : 'Styregruppen er oprettet', 'Luk', { duration: 6000 });
      this.reload();
    });
  }

  protected remove(group: SteeringGroup): void {
    this.actionError.set(null);
    confirmAction(this.dialog, {
      title: 'Slet styregruppe',
      message: `Vil du slette styregruppen ${group.name}? Det kan ikke fortrydes.`,
      confirmLabel: 'Slet',
    })
      .pipe(switchMap((confirmed) => (confirmed ? this.api.remove(group.id, group.version) : [])))
      .subscribe({
        next: () => {
          this.snackBar.open('Styregruppen er slettet', 'Luk', { duration: 6000 });
          this.reload();
        },
        error: (error: unknown) => {
          this.actionError.set(`${group.name} blev ikke slettet. ${describeGovernanceError(toApiError(error))}`);
          this.reload();
        },
      });
  }

  protected cardsUrl(groupId: string): string {
    return this.api.cardsUrl(groupId);
  }
}

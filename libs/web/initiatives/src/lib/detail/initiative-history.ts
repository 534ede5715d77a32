import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { AuditEntry } from '@gevinst/domain';
import { AuditChanges, type DescribedAuditEntry, describeAuditEntry } from '@gevinst/web/audit';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, LOADING, type LoadState, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, switchMap } from 'rxjs';
import { InitiativesApi } from '../data-access/initiatives-api';

const PAGE = 20;

interface HistoryItem {
  entry: AuditEntry;
  described: DescribedAuditEntry;
}

/** "Historik" on the initiative page: who changed what and when, newest first. */
@Component({
  selector: 'gv-initiative-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatProgressBarModule, ErrorBanner, AuditChanges],
  templateUrl: './initiative-history.html',
  styleUrl: './initiative-history.scss',
})
export class InitiativeHistory {
  readonly initiativeId = input.required<string>();
  /** Bumped by the page after it changed the initiative, to fetch the new entries. */
  readonly revision = input(0);
  readonly projectLead = input<{ id: string; name: string } | null>(null);

  private readonly api = inject(InitiativesApi);
  private readonly departments = inject(DepartmentsStore);
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly describeApiError = describeApiError;

  protected readonly state = toSignal(
    combineLatest([toObservable(this.initiativeId), toObservable(this.revision), this.retry$]).pipe(
      switchMap(([id]) => this.api.history(id).pipe(toLoadState())),
    ),
    { initialValue: LOADING as LoadState<AuditEntry[]> },
  );

  protected readonly items = computed<HistoryItem[]>(() => {
    const state = this.state();
    if (state.status !== 'loaded') return [];
    // Users the page knows by name: the log's own actors and the project lead.
    const users = new Map<string, string>();
    for (const entry of state.value) if (entry.actor) users.set(entry.actor.id, entry.actor.name);
    const lead = this.projectLead();
    if (lead) users.set(lead.id, lead.name);
    const lookups = { departments: this.departments.names(), users };
    return state.value.map((entry) => ({ entry, described: describeAuditEntry(entry, lookups) }));
  });

  protected readonly shown = signal(PAGE);
  protected readonly visibleItems = computed(() => this.items().slice(0, this.shown()));

  protected showMore(): void {
    this.shown.update((count) => count + PAGE);
  }

  protected retry(): void {
    this.retry$.next();
  }
}

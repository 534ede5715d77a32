import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type BenefitMap, MAP_LIMITS, MAP_LINK_TARGETS, type MapNode, type MapNodeKind, type MapOwnKind } from '@gevinst/domain';
import { AccessibleCalendarHeader, ErrorBanner, PageHeader, toApiError, toIsoDate } from '@gevinst/web/ui';
import { type Observable, catchError, of } from 'rxjs';
import { GoalsApi } from '../data-access/goals-api';
import { OwnerOptions } from '../data-access/owner-options';
import { BenefitMapApi } from './benefit-map-api';
import { BenefitMapDiagram } from './benefit-map-diagram';
import { KIND_HEADINGS, KIND_LABELS, KIND_ORDER, linkCandidates, targetsOf } from './map-layout';
import { mapErrorMessage } from './map-messages';

/**
 * /initiativer/:id/gevinstdiagram: the benefit map drawn left to right, the same map as a list (its accessible
 * equivalent, where links are removed and changes followed up), and forms to add deliveries and changes and to link
 * nodes — everything works by keyboard.
 */
@Component({
  selector: 'gv-benefit-map-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    PageHeader,
    ErrorBanner,
    BenefitMapDiagram,
  ],
  templateUrl: './benefit-map-page.html',
  styleUrl: './benefit-map-page.scss',
})
export class BenefitMapPage {
  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  private readonly api = inject(BenefitMapApi);
  private readonly owners = inject(OwnerOptions);
  private readonly goals = inject(GoalsApi);

  protected readonly kindOrder = KIND_ORDER;
  protected readonly kindHeadings = KIND_HEADINGS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly titleMax = MAP_LIMITS.titleMax;

  protected readonly map = signal<BenefitMap | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly announcement = signal('');

  protected readonly ownerOptions = toSignal(this.owners.load(null).pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly strategicGoals = toSignal(this.goals.strategicGoals().pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly nodeForm = new FormGroup({
    kind: new FormControl<MapOwnKind>('delivery', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAP_LIMITS.titleMax)] }),
    ownerUserId: new FormControl<string>('', { nonNullable: true }),
    dueDate: new FormControl<Date | null>(null),
  });
  protected readonly linkForm = new FormGroup({
    from: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    to: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  private readonly kind = toSignal(this.nodeForm.controls.kind.valueChanges, { initialValue: this.nodeForm.controls.kind.value });
  protected readonly isChange = computed(() => this.kind() === 'change');
  private readonly from = toSignal(this.linkForm.controls.from.valueChanges, { initialValue: '' });

  protected readonly targets = computed(() => {
    const map = this.map();
    return map ? targetsOf(map) : new Map<string, MapNode[]>();
  });
  /** Nodes that can start a link: everything but strategic goals. */
  protected readonly sources = computed(() => (this.map()?.nodes ?? []).filter((n) => MAP_LINK_TARGETS[n.kind].length > 0));
  protected readonly candidates = computed(() => {
    const map = this.map();
    const from = map?.nodes.find((n) => n.id === this.from());
    return map && from ? linkCandidates(map, from, this.strategicGoals(), MAP_LINK_TARGETS[from.kind]) : [];
  });

  constructor() {
    effect(() => this.load(this.id()));
  }

  protected nodesOf(kind: MapNodeKind): MapNode[] {
    return (this.map()?.nodes ?? []).filter((n) => n.kind === kind);
  }

  protected reload(): void {
    this.load(this.id());
  }

  protected print(): void {
    window.print();
  }

  protected addNode(): void {
    if (this.nodeForm.invalid) {
      this.nodeForm.markAllAsTouched();
      return;
    }
    const value = this.nodeForm.getRawValue();
    const change = value.kind === 'change';
    const request = {
      kind: value.kind,
      title: value.title,
      ownerUserId: value.ownerUserId || null,
      ...(change ? { dueDate: toIsoDate(value.dueDate) } : {}),
    };
    this.write(this.api.addNode(this.id(), request), `${KIND_LABELS[value.kind]} »${value.title}« er tilføjet`, () =>
      this.nodeForm.reset({ kind: value.kind, title: '', ownerUserId: '', dueDate: null }),
    );
  }

  protected link(): void {
    const { from, to } = this.linkForm.getRawValue();
    if (!from || !to) {
      this.linkForm.markAllAsTouched();
      return;
    }
    const names = this.names();
    this.write(this.api.link(this.id(), { from, to }), `»${names.get(from)}« fører nu til »${names.get(to)}«`, () => this.linkForm.reset({ from, to: '' }));
  }

  protected unlink(from: MapNode, to: MapNode): void {
    this.write(this.api.unlink(this.id(), { from: from.id, to: to.id }), `Forbindelsen fra »${from.title}« til »${to.title}« er fjernet`);
  }

  protected toggleDone(node: MapNode): void {
    const status = node.status === 'done' ? 'open' : 'done';
    const said = status === 'done' ? `»${node.title}« er markeret som på plads` : `»${node.title}« er genåbnet`;
    this.write(this.api.setStatus(node.id, node.version ?? 1, status), said);
  }

  protected remove(node: MapNode): void {
    this.write(this.api.removeNode(node.id, node.version ?? 1), `${KIND_LABELS[node.kind]} »${node.title}« er slettet`);
  }

  private names(): Map<string, string> {
    return new Map([...(this.map()?.nodes ?? []), ...this.strategicGoals()].map((n) => [n.id, n.title]));
  }

  /** A write answers with the map (or nothing, then the map is read again); a failure says why in Danish. */
  private write(request: Observable<BenefitMap | void>, said: string, after?: () => void): void {
    this.busy.set(true);
    this.failure.set(null);
    request.subscribe({
      next: (map) => {
        this.busy.set(false);
        if (map) this.map.set(map);
        else this.load(this.id());
        this.announcement.set(said);
        after?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(mapErrorMessage(toApiError(error)));
      },
    });
  }

  private load(initiativeId: string): void {
    this.loadFailed.set(false);
    this.api.get(initiativeId).subscribe({
      next: (map) => this.map.set(map),
      error: () => this.loadFailed.set(true),
    });
  }
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { EvaluationPointView } from '@gevinst/domain';

/**
 * Scheduled measurements of a goal or benefit: due date, label, and whether it was measured or is overdue. Open points
 * can be edited or deleted by whoever manages the goal or benefit; the parent acts on `edit` and `remove`.
 */
@Component({
  selector: 'gv-evaluation-points-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule],
  template: `
    @if (points().length > 0) {
      <ul class="points" [attr.aria-label]="label()">
        @for (point of points(); track point.id) {
          <li>
            <span>Frist {{ point.dueDate | date: 'dd.MM.yyyy' }}</span>
            @if (point.label) {
              <span>– {{ point.label }}</span>
            }
            @if (point.measuredOn) {
              <span class="points__done">Målt {{ point.measuredOn | date: 'dd.MM.yyyy' }}</span>
            } @else if (point.overdue) {
              <span class="points__overdue">Forfalden</span>
            } @else {
              <span class="points__open">Åben</span>
            }
            @if (manage() && !point.measurementId) {
              @let due = point.dueDate | date: 'dd.MM.yyyy';
              <span class="points__actions">
                <button mat-button type="button" [attr.aria-label]="'Redigér evalueringspunkt ' + due" (click)="edit.emit(point)">
                  Redigér
                </button>
                <button mat-button type="button" [attr.aria-label]="'Slet evalueringspunkt ' + due" (click)="remove.emit(point)">
                  Slet
                </button>
              </span>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="points__none">Der er ikke planlagt evalueringspunkter.</p>
    }
  `,
  styles: `
    .points {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0;
      padding-left: 20px;
    }
    .points li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    .points__overdue,
    .points__done,
    .points__open {
      padding: 0 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-large);
      line-height: 22px;
    }
    .points__overdue {
      border: 1px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .points__done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .points__open {
      border: 1px solid var(--mat-sys-outline);
    }
    .points__actions {
      display: inline-flex;
      gap: 4px;
    }
    .points__none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EvaluationPointsList {
  readonly points = input.required<readonly EvaluationPointView[]>();
  readonly label = input('Evalueringspunkter');
  /** Offer "Redigér" and "Slet" on open points (the user manages the goal or benefit). */
  readonly manage = input(false);
  readonly edit = output<EvaluationPointView>();
  readonly remove = output<EvaluationPointView>();
}

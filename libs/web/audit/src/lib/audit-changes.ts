import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { DescribedAuditEntry } from './describe-audit-entry';

/**
 * What one audit entry changed: "Fase: Idé → Analyse" for updates (read aloud as "fra Idé til Analyse"),
 * and optionally the values of a created or deleted row.
 */
@Component({
  selector: 'gv-audit-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let entry = described();
    @if (entry.changes.length > 0) {
      <ul class="audit-changes">
        @for (change of entry.changes; track change.column) {
          <!-- &ngsp; is a space Angular keeps between elements: the text reads "Fase: fra Idé til Analyse". -->
          <li>
            <span class="audit-changes__label">{{ change.label }}:</span>&ngsp;
            <span class="visually-hidden">fra </span>
            <span class="audit-changes__before">{{ change.before }}</span>&ngsp;
            <span aria-hidden="true">→</span>&ngsp;
            <span class="visually-hidden">til </span>
            <span class="audit-changes__after">{{ change.after }}</span>
          </li>
        }
      </ul>
    } @else if (showValues() && entry.values.length > 0) {
      <ul class="audit-changes">
        @for (value of entry.values; track value.column) {
          <li>
            <span class="audit-changes__label">{{ value.label }}:</span>&ngsp;{{ value.value }}
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .audit-changes {
      margin: 4px 0 0;
      padding-left: 20px;
      overflow-wrap: anywhere;
    }
    .audit-changes li + li {
      margin-top: 2px;
    }
    .audit-changes__label {
      font-weight: 500;
    }
    .audit-changes__before {
      color: var(--mat-sys-on-surface-variant);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class AuditChanges {
  readonly described = input.required<DescribedAuditEntry>();
  /** Also list the values of created and deleted rows (the admin log; an initiative's history says only "Oprettet"). */
  readonly showValues = input(false);
}

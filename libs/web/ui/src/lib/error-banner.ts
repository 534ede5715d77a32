import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A Danish error message announced at once by screen readers (role="alert").
 * Project buttons such as "Prøv igen" or "Genindlæs" as content.
 */
@Component({
  selector: 'gv-error-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert', class: 'gv-error-banner' },
  template: `
    <p class="gv-error-banner__message">{{ message() }}</p>
    @if (details().length > 0) {
      <ul class="gv-error-banner__details">
        @for (detail of details(); track $index) {
          <li>{{ detail }}</li>
        }
      </ul>
    }
    <div class="gv-error-banner__actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
      border-left: 6px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .gv-error-banner__message {
      margin: 0;
      font-weight: 500;
    }
    .gv-error-banner__details {
      margin: 8px 0 0;
      padding-left: 20px;
    }
    .gv-error-banner__actions:not(:empty) {
      margin-top: 8px;
    }
  `,
})
export class ErrorBanner {
  readonly message = input.required<string>();
  /** Extra lines, e.g. server messages that match no form field. */
  readonly details = input<readonly string[]>([]);
}

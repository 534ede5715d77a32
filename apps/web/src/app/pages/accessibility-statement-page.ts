import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AuthStore } from '@gevinst/web/auth';
import { PageHeader } from '@gevinst/web/ui';

/**
 * Follows the structure of the Danish accessibility statement (lov om tilgængelighed af offentlige
 * organers websteder og mobilapplikationer): scope, compliance status, known gaps, how it was made,
 * feedback and contact, and the enforcement procedure.
 */
@Component({
  selector: 'gv-accessibility-statement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader],
  templateUrl: './accessibility-statement-page.html',
  styles: `
    :host {
      display: block;
      max-width: 75ch;
    }
    h2 {
      margin: 32px 0 8px;
      font: var(--mat-sys-title-large);
    }
  `,
})
export class AccessibilityStatementPage {
  private readonly auth = inject(AuthStore);
  /** The statement is public: before sign-in the organisation is not known. */
  protected readonly organisation = computed(() => this.auth.currentUser()?.organisation.name ?? 'Kommunen');
}

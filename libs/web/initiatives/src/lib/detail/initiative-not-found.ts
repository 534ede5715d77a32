import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { PageHeader, formatPageTitle } from '@gevinst/web/ui';

/** Shown for an unknown initiative id (API 404) on the initiative and edit pages. */
@Component({
  selector: 'gv-initiative-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, RouterLink, MatButtonModule],
  template: `
    <gv-page-header heading="Initiativet findes ikke" />
    <p>Vi kan ikke finde initiativet. Måske er adressen forkert, eller linket er forældet.</p>
    <a mat-stroked-button routerLink="/initiativer">Gå til listen over initiativer</a>
  `,
})
export class InitiativeNotFound {
  constructor() {
    inject(Title).setTitle(formatPageTitle('Initiativet findes ikke'));
  }
}

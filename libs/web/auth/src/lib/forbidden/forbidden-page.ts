import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PageHeader } from '@gevinst/web/ui';

/** A page the user's roles do not give access to (the address stays as it is). */
@Component({
  selector: 'gv-forbidden-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, RouterLink, MatButtonModule],
  template: `
    <gv-page-header heading="Ingen adgang" />
    <p>Du har ikke adgang til denne side.</p>
    <p>Kontakt porteføljekontoret, hvis du mener, at du skal have adgang.</p>
    <a mat-stroked-button routerLink="/overblik">Gå til overblikket</a>
  `,
})
export class ForbiddenPage {}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PageHeader } from '@gevinst/web/ui';

/** Any unknown address. */
@Component({
  selector: 'gv-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, RouterLink, MatButtonModule],
  template: `
    <gv-page-header heading="Siden findes ikke" />
    <p>Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.</p>
    <a mat-stroked-button routerLink="/overblik">Gå til overblikket</a>
  `,
})
export class NotFoundPage {}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** Links between the finance overview and the pools page; the current one is marked for screen readers too. */
@Component({
  selector: 'gv-finance-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav aria-label="Finansiering">
      <ul class="finance-nav">
        <li>
          <a routerLink="/finansiering" routerLinkActive="is-active" ariaCurrentWhenActive="page" [routerLinkActiveOptions]="exact">
            Overblik
          </a>
        </li>
        <li>
          <a routerLink="/finansiering/puljer" routerLinkActive="is-active" ariaCurrentWhenActive="page" [routerLinkActiveOptions]="exact">
            Puljer og ansøgninger
          </a>
        </li>
      </ul>
    </nav>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 20px;
    }
    .finance-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 24px;
      margin: 0;
      padding: 0;
      list-style: none;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    a {
      display: inline-block;
      padding: 8px 2px;
      border-bottom: 3px solid transparent;
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      font: var(--mat-sys-title-small);
    }
    a:hover {
      text-decoration: underline;
    }
    a.is-active {
      border-bottom-color: var(--mat-sys-primary);
      color: var(--mat-sys-primary);
    }
  `,
})
export class FinanceNav {
  protected readonly exact = { paths: 'exact', queryParams: 'ignored', matrixParams: 'ignored', fragment: 'ignored' } as const;
}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** Links between the governance pages under /styring; the current one is marked for screen readers too. */
@Component({
  selector: 'gv-governance-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav aria-label="Styring">
      <ul class="governance-nav">
        @for (link of links; track link.path) {
          <li>
            <a [routerLink]="link.path" routerLinkActive="is-active" ariaCurrentWhenActive="page">{{ link.label }}</a>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 20px;
    }
    .governance-nav {
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
export class GovernanceNav {
  protected readonly links = [
    { path: '/styring/moeder', label: 'Porteføljemøder' },
    { path: '/styring/beslutninger', label: 'Beslutninger' },
    { path: '/styring/prioritering', label: 'Prioritering' },
    { path: '/styring/styregrupper', label: 'Styregrupper' },
  ];
}

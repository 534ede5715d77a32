import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The page's one h1 with an optional subtitle; project actions as content and extra
 * details under the heading with the gvPageHeaderMeta attribute.
 */
@Component({
  selector: 'gv-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="gv-page-header__text">
      <h1 class="gv-page-header__title">{{ heading() }}</h1>
      @if (subtitle()) {
        <p class="gv-page-header__subtitle">{{ subtitle() }}</p>
      }
      <ng-content select="[gvPageHeaderMeta]" />
    </div>
    <div class="gv-page-header__actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px 24px;
      margin-bottom: 24px;
    }
    .gv-page-header__title {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      overflow-wrap: anywhere;
    }
    .gv-page-header__subtitle {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .gv-page-header__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly subtitle = input<string>();
}

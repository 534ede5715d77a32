import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '@gevinst/web/auth';
import { filter, map } from 'rxjs';
import { registerSvgIcons } from './svg-icons';
import { MyBenefitsNavItem } from './my-benefits-nav-item';
import { UserMenu } from './user-menu';

const WIDE_SCREEN = '(min-width: 960px)';

/**
 * The shell: toolbar with the user menu, navigation (side on wide screens, overlay on narrow) showing what the
 * user's roles allow, main region and footer. Signed out (login page, accessibility statement): no navigation.
 */
@Component({
  selector: 'gv-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    MatIconModule,
    UserMenu,
    MyBenefitsNavItem,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly injector = inject(Injector);
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly sidenav = viewChild(MatSidenav);

  private readonly auth = inject(AuthStore);
  protected readonly user = this.auth.currentUser;
  protected readonly organisationName = computed(() => this.user()?.organisation.name ?? null);
  protected readonly canRegisterIdea = computed(() => this.auth.canSometimes('initiative.create'));
  protected readonly isAdmin = computed(() => this.auth.roles().includes('admin'));
  protected readonly isWide = toSignal(this.breakpoints.observe(WIDE_SCREEN).pipe(map((state) => state.matches)), {
    initialValue: this.breakpoints.isMatched(WIDE_SCREEN),
  });

  constructor() {
    registerSvgIcons();
    this.moveFocusOnPageChange();
  }

  protected skipToContent(event: Event): void {
    // A plain #fragment link would resolve against <base href> and load the start page.
    event.preventDefault();
    this.focusMain();
  }

  protected navOpen(): boolean {
    return this.sidenav()?.opened ?? false;
  }

  protected toggleNav(): void {
    void this.sidenav()?.toggle();
  }

  protected closeNavOnNarrowScreens(): void {
    if (!this.isWide()) void this.sidenav()?.close();
  }

  /**
   * After navigating to another page, start screen readers and keyboard users at the new content.
   * Query-parameter changes (list filters, sorting, paging) keep focus where it is.
   */
  private moveFocusOnPageChange(): void {
    const router = inject(Router);
    let previousPath: string | null = null;
    router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        const path = event.urlAfterRedirects.split(/[?#]/)[0];
        if (previousPath !== null && path !== previousPath) {
          afterNextRender(() => this.focusMain(), { injector: this.injector });
        }
        previousPath = path;
      });
  }

  private focusMain(): void {
    const main = this.main().nativeElement;
    main.focus({ preventScroll: true });
    main.scrollIntoView({ block: 'start' });
  }
}

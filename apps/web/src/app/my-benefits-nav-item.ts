import { HttpClient } from '@angular/common/http';
import { Directive, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { MyBenefit } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { API_BASE_URL } from '@gevinst/web/ui';
import { catchError, distinctUntilChanged, map, of, switchMap } from 'rxjs';

/**
 * Shows the "Mine gevinster" navigation item to benefit owners by role, and to anyone else (a project lead, say)
 * who owns a benefit, which one request per signed-in user tells. The shell loads it with @defer, keeping this
 * code out of the initial bundle.
 */
@Directive({
  selector: '[gvMyBenefitsNavItem]',
  host: { '[hidden]': '!show()' },
})
export class MyBenefitsNavItem {
  private readonly auth = inject(AuthStore);
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/me/benefits`;

  private readonly ownsAny = toSignal(
    toObservable(this.auth.currentUser).pipe(
      map((user) => (user && !user.roles.includes('benefit_owner') ? user.id : null)),
      distinctUntilChanged(),
      switchMap((id) =>
        id
          ? this.http.get<MyBenefit[]>(this.url).pipe(
              map((benefits) => benefits.length > 0),
              catchError(() => of(false)),
            )
          : of(false),
      ),
    ),
    { initialValue: false },
  );

  protected readonly show = computed(() => this.auth.hasRole('benefit_owner') || this.ownsAny());
}

import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { EnvironmentInjector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AUTH_PATHS_WITHOUT_SESSION } from './auth-api';
import { AuthStore } from './auth-store';
import { notifyLazily } from './notify';
import { LOGIN_PATH } from './return-url';

export const SESSION_EXPIRED_MESSAGE = 'Din session er udløbet. Log ind igen.';
export const FORBIDDEN_MESSAGE = 'Du har ikke adgang til denne handling.';

const isSessionlessAuthCall = (url: string) => {
  const path = url.split('?')[0];
  return AUTH_PATHS_WITHOUT_SESSION.some((suffix) => path.endsWith(suffix));
};

/**
 * 401 (session expired or revoked): forget the user and go to the login page, which brings the user back here.
 * 403: tell the user; the caller still gets the error (to stop a spinner or show a banner).
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const injector = inject(EnvironmentInjector);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !isSessionlessAuthCall(request.url)) {
        if (error.status === 401) onSessionLost(auth, router, injector);
        else if (error.status === 403) notifyLazily(injector, FORBIDDEN_MESSAGE);
      }
      return throwError(() => error);
    }),
  );
};

function onSessionLost(auth: AuthStore, router: Router, injector: EnvironmentInjector): void {
  // Several requests can fail at once: only the first one redirects.
  if (!auth.signedIn()) return;
  auth.clear();
  // During a navigation, come back to where the user was going, not where they came from.
  const returnUrl = router.currentNavigation()?.finalUrl?.toString() ?? router.url;
  const onLoginPage = returnUrl.split(/[?#]/)[0] === LOGIN_PATH;
  notifyLazily(injector, SESSION_EXPIRED_MESSAGE);
  void router.navigate([LOGIN_PATH], { queryParams: onLoginPage ? {} : { returnUrl } });
}

import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthStore } from '../data-access/auth-store';
import { LOGIN_PATH } from '../data-access/return-url';

/** Every page but the login page and the accessibility statement: signed-in users only. */
export const signedInGuard: CanActivateFn = (_route, state) =>
  inject(AuthStore).signedIn() || inject(Router).createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });

/** The login page: a signed-in user goes to the start page. */
export const signedOutGuard: CanActivateFn = () => !inject(AuthStore).signedIn() || inject(Router).parseUrl('/');

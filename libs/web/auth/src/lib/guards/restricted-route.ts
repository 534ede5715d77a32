import { inject } from '@angular/core';
import type { Route } from '@angular/router';
import type { Action, Role } from '@gevinst/domain';
import { AuthStore } from '../data-access/auth-store';

/** Who may open a restricted route, decided from the signed-in user's roles. */
export type AccessRule = (auth: AuthStore) => boolean;

export const withRole =
  (role: Role): AccessRule =>
  (auth) =>
    auth.hasRole(role);

/** Users who could perform the action on some object (e.g. 'initiative.update' on initiatives they lead). */
export const mayPerform =
  (action: Action): AccessRule =>
  (auth) =>
    auth.canSometimes(action);

/**
 * The route for users the rule lets in, followed by "Ingen adgang" at the same path for everyone else.
 * canMatch keeps the page's code from loading for others, and the address stays as typed. Unknown
 * addresses below the path still fall through to the "Siden findes ikke" route of allowed users.
 */
export function restrictedRoute(route: Route, rule: AccessRule): Route[] {
  return [
    { ...route, canMatch: [...(route.canMatch ?? []), () => rule(inject(AuthStore))] },
    {
      path: route.path,
      canMatch: [() => !rule(inject(AuthStore))],
      children: [
        {
          path: '**',
          title: 'Ingen adgang',
          loadComponent: () => import('../forbidden/forbidden-page').then((m) => m.ForbiddenPage),
        },
      ],
    },
  ];
}

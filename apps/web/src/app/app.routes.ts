import type { Route } from '@angular/router';
import { loginRoutes, profileRoutes, restrictedRoute, signedInGuard, withRole } from '@gevinst/web/auth';

/**
 * Feature areas load lazily; the shell itself carries only the layout. Everything but the login page
 * and the accessibility statement needs a signed-in user; the admin area needs the admin role.
 */
export const appRoutes: Route[] = [
  {
    path: 'log-ind',
    children: loginRoutes,
  },
  {
    path: 'tilgaengelighed',
    title: 'Tilgængelighedserklæring',
    loadComponent: () => import('./pages/accessibility-statement-page').then((m) => m.AccessibilityStatementPage),
  },
  {
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'overblik' },
      {
        path: 'overblik',
        loadChildren: () => import('@gevinst/web/dashboard').then((m) => m.dashboardRoutes),
      },
      {
        path: 'initiativer',
        loadChildren: () => import('@gevinst/web/initiatives').then((m) => m.initiativeRoutes),
      },
      {
        // Open to everyone signed in: anyone may be made benefit owner; others see an empty list.
        path: 'mine-gevinster',
        loadChildren: () => import('@gevinst/web/benefits').then((m) => m.myBenefitsRoutes),
      },
      {
        // Open to everyone signed in: every role may read the portfolio's risks.
        path: 'risici',
        loadChildren: () => import('@gevinst/web/risks').then((m) => m.riskRoutes),
      },
      {
        // Open to everyone signed in: every role may read the portfolio's funding plans and pools.
        path: 'finansiering',
        loadChildren: () => import('@gevinst/web/funding').then((m) => m.financeRoutes),
      },
      {
        // Open to everyone signed in: every role reads the reviews, decisions, prioritisation and steering groups.
        path: 'styring',
        loadChildren: () => import('@gevinst/web/governance').then((m) => m.governanceRoutes),
      },
      {
        // The advice catalogue ("Gode råd"): static data, open to everyone signed in.
        path: 'raad',
        loadChildren: () => import('@gevinst/web/advice').then((m) => m.adviceRoutes),
      },
      {
        path: 'profil',
        children: profileRoutes,
      },
      ...restrictedRoute(
        { path: 'admin', loadChildren: () => import('@gevinst/web/admin').then((m) => m.adminRoutes) },
        withRole('admin'),
      ),
      {
        path: '**',
        title: 'Siden findes ikke',
        loadComponent: () => import('./pages/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];

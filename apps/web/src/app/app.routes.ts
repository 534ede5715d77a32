import type { Route } from '@angular/router';

/** Feature areas load lazily; the shell itself carries only the layout. */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'overblik' },
  {
    path: 'overblik',
    loadChildren: () => import('@gevinst/web/initiatives').then((m) => m.overviewRoutes),
  },
  {
    path: 'initiativer',
    loadChildren: () => import('@gevinst/web/initiatives').then((m) => m.initiativeRoutes),
  },
  {
    path: 'tilgaengelighed',
    title: 'Tilgængelighedserklæring',
    loadComponent: () => import('./pages/accessibility-statement-page').then((m) => m.AccessibilityStatementPage),
  },
  {
    path: '**',
    title: 'Siden findes ikke',
    loadComponent: () => import('./pages/not-found-page').then((m) => m.NotFoundPage),
  },
];

import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { DanishPaginatorIntl, provideDanishDates } from '@gevinst/web/ui';

/**
 * /styring: portfolio reviews (the landing page), the decision log, prioritisation and steering groups. Each page is
 * its own lazy chunk; the Danish date adapter and paginator texts are provided here so they load with these pages.
 */
export const governanceRoutes: Routes = [
  {
    path: '',
    providers: [provideDanishDates(), { provide: MatPaginatorIntl, useClass: DanishPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'moeder' },
      {
        path: 'moeder',
        title: 'Porteføljemøder',
        loadComponent: () => import('./reviews/reviews-page').then((m) => m.ReviewsPage),
      },
      {
        path: 'moeder/:reviewId',
        title: 'Porteføljemøde',
        loadComponent: () => import('./reviews/review-page').then((m) => m.ReviewPage),
      },
      {
        path: 'beslutninger',
        title: 'Beslutninger',
        loadComponent: () => import('./decisions/decision-log-page').then((m) => m.DecisionLogPage),
      },
      {
        path: 'prioritering',
        title: 'Prioritering',
        loadComponent: () => import('./prioritisation/prioritisation-page').then((m) => m.PrioritisationPage),
      },
      {
        path: 'styregrupper',
        title: 'Styregrupper',
        loadComponent: () => import('./steering-groups/steering-groups-page').then((m) => m.SteeringGroupsPage),
      },
    ],
  },
];

import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { mayPerform, restrictedRoute } from '@gevinst/web/auth';
import { DanishPaginatorIntl, provideDanishDates } from '@gevinst/web/ui';

/**
 * Children of /initiativer. Each page is its own lazy chunk. The Danish date adapter and paginator
 * texts are provided here, not in the app config, so Material's datepicker, paginator and date-fns
 * load with these pages and stay out of the initial bundle.
 */
export const initiativeRoutes: Routes = [
  {
    path: '',
    providers: [provideDanishDates(), { provide: MatPaginatorIntl, useClass: DanishPaginatorIntl }],
    children: [
      {
        path: '',
        title: 'Initiativer',
        loadComponent: () => import('./list/initiative-list-page').then((m) => m.InitiativeListPage),
      },
      // Others get "Ingen adgang" here, not the initiative with id "ny".
      ...restrictedRoute(
        {
          path: 'ny',
          title: 'Registrér idé',
          loadComponent: () => import('./intake/initiative-intake-page').then((m) => m.InitiativeIntakePage),
        },
        mayPerform('initiative.create'),
      ),
      {
        path: ':id',
        title: 'Initiativ',
        loadComponent: () => import('./detail/initiative-detail-page').then((m) => m.InitiativeDetailPage),
      },
      {
        path: ':id/gevinstdiagram',
        title: 'Gevinstdiagram',
        loadComponent: () => import('./map/benefit-map-route').then((m) => m.BenefitMapPage),
      },
      // The page itself checks the initiative's can.update; this keeps out roles that never edit.
      ...restrictedRoute(
        {
          path: ':id/rediger',
          title: 'Redigér initiativ',
          loadComponent: () => import('./edit/initiative-edit-page').then((m) => m.InitiativeEditPage),
        },
        mayPerform('initiative.update'),
      ),
    ],
  },
];

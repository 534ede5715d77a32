import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { DanishPaginatorIntl, provideDanishDates } from '@gevinst/web/ui';

/**
 * Children of /admin (the shell lets only admins in). Each page is its own lazy chunk; the Danish
 * date adapter and paginator texts are provided here so they load with these pages.
 */
export const adminRoutes: Routes = [
  {
    path: '',
    providers: [provideDanishDates(), { provide: MatPaginatorIntl, useClass: DanishPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'brugere' },
      {
        path: 'brugere',
        title: 'Brugere',
        loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'historik',
        title: 'Historik',
        loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
      },
      {
        path: 'strategiske-maal',
        title: 'Strategiske mål',
        loadComponent: () => import('./strategic-goals/strategic-goals-page').then((m) => m.StrategicGoalsPage),
      },
      {
        path: 'organisation',
        title: 'Organisation',
        loadComponent: () => import('./organisation/organisation-page').then((m) => m.OrganisationPage),
      },
    ],
  },
];

import type { Routes } from '@angular/router';

/** /overblik: the management dashboard. */
export const dashboardRoutes: Routes = [
  {
    path: '',
    title: 'Overblik',
    loadComponent: () => import('./dashboard-page').then((m) => m.DashboardPage),
  },
];

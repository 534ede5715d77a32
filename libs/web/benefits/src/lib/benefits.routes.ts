import type { Routes } from '@angular/router';
import { provideDanishDates } from '@gevinst/web/ui';

/**
 * /mine-gevinster. The Danish date adapter is provided here (the measurement form's datepicker) so that it
 * loads with the page, not with the app shell.
 */
export const myBenefitsRoutes: Routes = [
  {
    path: '',
    title: 'Mine gevinster',
    providers: [provideDanishDates()],
    loadComponent: () => import('./mine/my-benefits-page').then((m) => m.MyBenefitsPage),
  },
];

import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { DanishPaginatorIntl } from '@gevinst/web/ui';

/**
 * /finansiering (the overview) and /finansiering/puljer (pools and applications). The Danish paginator texts are
 * provided here, not in the app config, so Material's paginator loads with the page and stays out of the initial bundle.
 */
export const financeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Finansiering',
    loadComponent: () => import('./finance/finance-page').then((m) => m.FinancePage),
  },
  {
    path: 'puljer',
    title: 'Puljer og ansøgninger',
    providers: [{ provide: MatPaginatorIntl, useClass: DanishPaginatorIntl }],
    loadComponent: () => import('./pools/pools-page').then((m) => m.PoolsPage),
  },
];

import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { DanishPaginatorIntl } from '@gevinst/web/ui';

/**
 * /risici. The Danish paginator texts are provided here, not in the app config, so Material's paginator loads with
 * the page and stays out of the initial bundle.
 */
export const riskRoutes: Routes = [
  {
    path: '',
    title: 'Risici',
    providers: [{ provide: MatPaginatorIntl, useClass: DanishPaginatorIntl }],
    loadComponent: () => import('./portfolio/risk-portfolio-page').then((m) => m.RiskPortfolioPage),
  },
];

import type { ResolveFn, Routes } from '@angular/router';
import { themePageTitle } from './advice-links';

const themeTitle: ResolveFn<string> = (route) => themePageTitle(route.paramMap.get('themeId'));

/**
 * /raad: the advice catalogue ("Gode råd") and a page per theme, /raad/<themeId>#<adviceId>. Static data from
 * @gevinst/domain: nothing to fetch, so the pages render at once and a fragment can be focused on arrival.
 */
export const adviceRoutes: Routes = [
  {
    path: '',
    title: 'Gode råd',
    loadComponent: () => import('./catalogue/advice-catalogue-page').then((m) => m.AdviceCataloguePage),
  },
  {
    path: ':themeId',
    title: themeTitle,
    loadComponent: () => import('./theme/advice-theme-page').then((m) => m.AdviceThemePage),
  },
];

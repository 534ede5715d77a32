import type { Routes } from '@angular/router';
import { signedOutGuard } from './guards/auth-guards';

/** /log-ind. */
export const loginRoutes: Routes = [
  {
    path: '',
    title: 'Log ind',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
];

/** /profil. */
export const profileRoutes: Routes = [
  {
    path: '',
    title: 'Min profil',
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
];

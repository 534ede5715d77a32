import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import localeDa from '@angular/common/locales/da';
import {
  type ApplicationConfig,
  DEFAULT_CURRENCY_CODE,
  LOCALE_ID,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { authInterceptor, provideAuth } from '@gevinst/web/auth';
import { appRoutes } from './app.routes';
import { AppTitleStrategy } from './app-title-strategy';

registerLocaleData(localeDa);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(
      withFetch(),
      withInterceptors([authInterceptor]),
      // The API sets the readable XSRF-TOKEN cookie; Angular echoes it on every change (relative URLs only).
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    // Who is signed in, known before the first navigation so the guards can decide.
    provideAuth(),
    // ngx-charts still uses @angular/animations; the async variant loads it only when a chart renders.
    provideAnimationsAsync(),
    { provide: LOCALE_ID, useValue: 'da-DK' },
    { provide: DEFAULT_CURRENCY_CODE, useValue: 'DKK' },
    { provide: TitleStrategy, useClass: AppTitleStrategy },
  ],
};

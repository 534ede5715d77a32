import { InjectionToken } from '@angular/core';

/** Base URL of the JSON API; same origin in production, proxied by the dev server. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api/v1',
});

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuthOptions, ChangePasswordRequest, CurrentUser, LoginRequest } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

/** Thin HTTP client for /auth; errors surface as HttpErrorResponse (see toApiError). */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/auth`;

  options(): Observable<AuthOptions> {
    return this.http.get<AuthOptions>(`${this.baseUrl}/options`);
  }

  me(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>(`${this.baseUrl}/me`);
  }

  login(request: LoginRequest): Observable<CurrentUser> {
    return this.http.post<CurrentUser>(`${this.baseUrl}/login`, request);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/logout`, null);
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/password`, request);
  }
}

/**
 * Auth calls whose 401 means "wrong credentials" or "not signed in (yet)", never "your session expired":
 * the interceptor leaves them to the caller.
 */
export const AUTH_PATHS_WITHOUT_SESSION = ['/auth/me', '/auth/login', '/auth/logout', '/auth/options'] as const;

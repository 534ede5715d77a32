import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserRequest, UpdateUserRequest, UserSummary } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

/** Thin HTTP client for /users (admin only). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/users`;

  list(): Observable<UserSummary[]> {
    return this.http.get<UserSummary[]>(this.baseUrl);
  }

  create(request: CreateUserRequest): Observable<UserSummary> {
    return this.http.post<UserSummary>(this.baseUrl, request);
  }

  update(id: string, request: UpdateUserRequest): Observable<UserSummary> {
    return this.http.patch<UserSummary>(`${this.baseUrl}/${encodeURIComponent(id)}`, request);
  }
}

/** The fresh user a 409 VERSION_CONFLICT carries in `current`, if it looks like one. */
export function conflictingUser(current: unknown): UserSummary | null {
  if (typeof current !== 'object' || current === null) return null;
  const candidate = current as Partial<UserSummary>;
  return typeof candidate.id === 'string' && typeof candidate.version === 'number' ? (current as UserSummary) : null;
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StrategicGoal, StrategicGoalRequest } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

/** Thin HTTP client for /strategic-goals (changes: admin only). */
@Injectable({ providedIn: 'root' })
export class StrategicGoalsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/strategic-goals`;

  list(): Observable<StrategicGoal[]> {
    return this.http.get<StrategicGoal[]>(this.baseUrl);
  }

  create(request: StrategicGoalRequest): Observable<StrategicGoal> {
    return this.http.post<StrategicGoal>(this.baseUrl, request);
  }

  update(id: string, request: StrategicGoalRequest & { version: number }): Observable<StrategicGoal> {
    return this.http.patch<StrategicGoal>(`${this.baseUrl}/${encodeURIComponent(id)}`, request);
  }

  remove(id: string, version: number): Observable<void> {
    const params = new HttpParams().set('version', version);
    return this.http.delete<void>(`${this.baseUrl}/${encodeURIComponent(id)}`, { params });
  }
}

/** The fresh goal a 409 VERSION_CONFLICT carries in `current`, if it looks like one. */
export function conflictingStrategicGoal(current: unknown): StrategicGoal | null {
  if (typeof current !== 'object' || current === null) return null;
  const candidate = current as Partial<StrategicGoal>;
  return typeof candidate.id === 'string' && typeof candidate.version === 'number' ? (current as StrategicGoal) : null;
}

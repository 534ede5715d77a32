import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Goal, GoalRequest, StrategicGoal } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Thin HTTP client for goals and the organisation's strategic goals; errors surface as HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class GoalsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(initiativeId: string): Observable<Goal[]> {
    return this.http.get<Goal[]>(`${this.baseUrl}/initiatives/${id(initiativeId)}/goals`);
  }

  create(initiativeId: string, request: GoalRequest): Observable<Goal> {
    return this.http.post<Goal>(`${this.baseUrl}/initiatives/${id(initiativeId)}/goals`, request);
  }

  update(goalId: string, request: GoalRequest & { version: number }): Observable<Goal> {
    return this.http.patch<Goal>(`${this.baseUrl}/goals/${id(goalId)}`, request);
  }

  remove(goalId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/goals/${id(goalId)}`, { params: { version } });
  }

  strategicGoals(): Observable<StrategicGoal[]> {
    return this.http.get<StrategicGoal[]>(`${this.baseUrl}/strategic-goals`);
  }
}

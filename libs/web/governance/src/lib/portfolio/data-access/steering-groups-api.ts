import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SteeringGroup, SteeringGroupRequest } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Thin HTTP client for the organisation's steering groups; errors surface as HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class SteeringGroupsApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/steering-groups`;

  /** The meeting pack: one benefit card (PDF page) per live initiative of the group and the groups below it. */
  cardsUrl(groupId: string): string {
    return `${this.url}/${id(groupId)}/benefit-cards.pdf`;
  }

  list(): Observable<SteeringGroup[]> {
    return this.http.get<SteeringGroup[]>(this.url);
  }

  create(request: SteeringGroupRequest): Observable<SteeringGroup> {
    return this.http.post<SteeringGroup>(this.url, request);
  }

  update(groupId: string, request: SteeringGroupRequest & { version: number }): Observable<SteeringGroup> {
    return this.http.patch<SteeringGroup>(`${this.url}/${id(groupId)}`, request);
  }

  remove(groupId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${this.url}/${id(groupId)}`, { params: { version } });
  }
}

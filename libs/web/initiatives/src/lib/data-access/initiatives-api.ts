import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AuditEntry,
  CreateInitiativeRequest,
  InitiativeDetail,
  InitiativeListQuery,
  InitiativeSummary,
  Page,
  UpdateInitiativeRequest,
  VersionedRequest,
} from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

/** Thin HTTP client for /initiatives; errors surface as HttpErrorResponse (see toApiError). */
@Injectable({ providedIn: 'root' })
export class InitiativesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/initiatives`;

  list(query: InitiativeListQuery): Observable<Page<InitiativeSummary>> {
    return this.http.get<Page<InitiativeSummary>>(this.baseUrl, { params: toHttpParams(query) });
  }

  get(id: string): Observable<InitiativeDetail> {
    return this.http.get<InitiativeDetail>(`${this.baseUrl}/${encodeURIComponent(id)}`);
  }

  /** Every recorded change of the initiative and its involved departments, newest first. */
  history(id: string): Observable<AuditEntry[]> {
    return this.http.get<AuditEntry[]>(`${this.baseUrl}/${encodeURIComponent(id)}/history`);
  }

  create(request: CreateInitiativeRequest): Observable<InitiativeDetail> {
    return this.http.post<InitiativeDetail>(this.baseUrl, request);
  }

  update(id: string, request: UpdateInitiativeRequest): Observable<InitiativeDetail> {
    return this.http.patch<InitiativeDetail>(`${this.baseUrl}/${encodeURIComponent(id)}`, request);
  }

  archive(id: string, version: number): Observable<InitiativeDetail> {
    const body: VersionedRequest = { version };
    return this.http.post<InitiativeDetail>(`${this.baseUrl}/${encodeURIComponent(id)}/archive`, body);
  }

  restore(id: string, version: number): Observable<InitiativeDetail> {
    const body: VersionedRequest = { version };
    return this.http.post<InitiativeDetail>(`${this.baseUrl}/${encodeURIComponent(id)}/restore`, body);
  }
}

/** phase repeats (?phase=idea&phase=analysis); defaults are left out so the API applies its own. */
function toHttpParams(query: InitiativeListQuery): HttpParams {
  let params = new HttpParams();
  for (const phase of query.phase ?? []) params = params.append('phase', phase);
  if (query.departmentId) params = params.set('departmentId', query.departmentId);
  if (query.q) params = params.set('q', query.q);
  if (query.includeArchived) params = params.set('includeArchived', 'true');
  if (query.sort) params = params.set('sort', query.sort).set('direction', query.direction ?? 'asc');
  if (query.page) params = params.set('page', query.page);
  if (query.pageSize) params = params.set('pageSize', query.pageSize);
  return params;
}

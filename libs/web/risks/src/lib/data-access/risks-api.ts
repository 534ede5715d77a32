import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Page,
  Risk,
  RiskHeatMap,
  RiskImportMode,
  RiskImportPreview,
  RiskListItem,
  RiskListQuery,
  RiskRequest,
  UpdateRiskRequest,
} from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The filters of the portfolio list and heat map; the heat map takes no paging, sorting or cell. */
export type RiskFilterQuery = Omit<RiskListQuery, 'sort' | 'direction' | 'page' | 'pageSize'>;

/** Thin HTTP client for risks, the portfolio read models and the Excel import/export; errors surface as HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class RisksApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** The initiative's whole log (every status), ordered by number. */
  listForInitiative(initiativeId: string): Observable<Risk[]> {
    return this.http.get<Risk[]>(`${this.baseUrl}/initiatives/${id(initiativeId)}/risks`);
  }

  get(riskId: string): Observable<Risk> {
    return this.http.get<Risk>(`${this.baseUrl}/risks/${id(riskId)}`);
  }

  create(initiativeId: string, request: RiskRequest): Observable<Risk> {
    return this.http.post<Risk>(`${this.baseUrl}/initiatives/${id(initiativeId)}/risks`, request);
  }

  update(riskId: string, request: UpdateRiskRequest): Observable<Risk> {
    return this.http.patch<Risk>(`${this.baseUrl}/risks/${id(riskId)}`, request);
  }

  remove(riskId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/risks/${id(riskId)}`, { params: { version } });
  }

  /** The portfolio list: live risks unless `status` says otherwise. */
  search(query: RiskListQuery): Observable<Page<RiskListItem>> {
    return this.http.get<Page<RiskListItem>>(`${this.baseUrl}/risks`, { params: toHttpParams(query) });
  }

  heatMap(query: RiskFilterQuery): Observable<RiskHeatMap> {
    const { probability: _p, consequence: _c, matrix: _m, ...filters } = query;
    return this.http.get<RiskHeatMap>(`${this.baseUrl}/risks/heat-map`, { params: toHttpParams(filters) });
  }

  /**
   * Sends an .xlsx risk log. `commit: false` answers with a preview; `commit: true` writes the rows when none has
   * an error (201), else answers 422 with `importErrors`.
   */
  importFile(initiativeId: string, file: File, mode: RiskImportMode, commit: boolean): Observable<RiskImportPreview> {
    const body = new FormData();
    body.append('file', file, file.name);
    const params = new HttpParams().set('mode', mode).set('commit', String(commit));
    return this.http.post<RiskImportPreview>(`${this.baseUrl}/initiatives/${id(initiativeId)}/risks/import`, body, { params });
  }

  /** Where the initiative's risk log (.xlsx) is downloaded. */
  exportUrl(initiativeId: string): string {
    return `${this.baseUrl}/initiatives/${id(initiativeId)}/risks/export.xlsx`;
  }

  /** A blank risk-log template (.xlsx) with the headings the import reads. */
  templateUrl(): string {
    return `${this.baseUrl}/risks/template.xlsx`;
  }
}

/** Lists go comma-separated (band=high,medium); what is not set is left out so the API applies its defaults. */
export function toHttpParams(query: RiskListQuery): HttpParams {
  let params = new HttpParams();
  const list = (name: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) params = params.set(name, values.join(','));
  };
  list('band', query.band);
  list('category', query.category);
  list('handler', query.handler);
  list('status', query.status);
  if (query.initiativeId) params = params.set('initiativeId', query.initiativeId);
  if (query.departmentId) params = params.set('departmentId', query.departmentId);
  if (query.ownerUserId) params = params.set('ownerUserId', query.ownerUserId);
  if (query.overdueActions) params = params.set('overdueActions', 'true');
  if (query.notReviewedDays) params = params.set('notReviewedDays', query.notReviewedDays);
  if (query.probability && query.consequence) {
    params = params
      .set('probability', query.probability)
      .set('consequence', query.consequence)
      .set('matrix', query.matrix ?? 'before');
  }
  if (query.sort) params = params.set('sort', query.sort).set('direction', query.direction ?? 'desc');
  if (query.page) params = params.set('page', query.page);
  if (query.pageSize) params = params.set('pageSize', query.pageSize);
  return params;
}

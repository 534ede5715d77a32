import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApplicationDecisionRequest,
  ApplicationStatus,
  FinanceOverview,
  FinanceQuery,
  FundingLine,
  FundingLineRequest,
  FundingPool,
  FundingPoolRequest,
  Page,
  PayersAndGainers,
  PoolApplication,
  PoolApplicationRequest,
  RuleFindings,
  UpdateFundingLineRequest,
} from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

export interface ApplicationListQuery {
  poolId?: string;
  initiativeId?: string;
  status?: ApplicationStatus[];
  page?: number;
  pageSize?: number;
}

export interface UpdateFundingPoolRequest extends Partial<FundingPoolRequest> {
  version: number;
}

/** Thin HTTP client for funding plans, pools, applications and the finance overview; errors surface as HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class FundingApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  lines(initiativeId: string): Observable<FundingLine[]> {
    return this.http.get<FundingLine[]>(`${this.baseUrl}/initiatives/${id(initiativeId)}/funding-lines`);
  }

  createLine(initiativeId: string, request: FundingLineRequest): Observable<FundingLine> {
    return this.http.post<FundingLine>(`${this.baseUrl}/initiatives/${id(initiativeId)}/funding-lines`, request);
  }

  updateLine(lineId: string, request: UpdateFundingLineRequest): Observable<FundingLine> {
    return this.http.patch<FundingLine>(`${this.baseUrl}/funding-lines/${id(lineId)}`, request);
  }

  removeLine(lineId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/funding-lines/${id(lineId)}`, { params: { version } });
  }

  payersAndGainers(initiativeId: string): Observable<PayersAndGainers> {
    return this.http.get<PayersAndGainers>(`${this.baseUrl}/initiatives/${id(initiativeId)}/payers-and-gainers`);
  }

  fundingFindings(initiativeId: string): Observable<RuleFindings> {
    return this.http.get<RuleFindings>(`${this.baseUrl}/initiatives/${id(initiativeId)}/funding-findings`);
  }

  pools(): Observable<FundingPool[]> {
    return this.http.get<FundingPool[]>(`${this.baseUrl}/funding-pools`);
  }

  createPool(request: FundingPoolRequest): Observable<FundingPool> {
    return this.http.post<FundingPool>(`${this.baseUrl}/funding-pools`, request);
  }

  updatePool(poolId: string, request: UpdateFundingPoolRequest): Observable<FundingPool> {
    return this.http.patch<FundingPool>(`${this.baseUrl}/funding-pools/${id(poolId)}`, request);
  }

  apply(poolId: string, request: PoolApplicationRequest): Observable<PoolApplication> {
    return this.http.post<PoolApplication>(`${this.baseUrl}/funding-pools/${id(poolId)}/applications`, request);
  }

  applications(query: ApplicationListQuery): Observable<Page<PoolApplication>> {
    let params = new HttpParams();
    if (query.poolId) params = params.set('poolId', query.poolId);
    if (query.initiativeId) params = params.set('initiativeId', query.initiativeId);
    if (query.status && query.status.length > 0) params = params.set('status', query.status.join(','));
    if (query.page) params = params.set('page', query.page);
    if (query.pageSize) params = params.set('pageSize', query.pageSize);
    return this.http.get<Page<PoolApplication>>(`${this.baseUrl}/pool-applications`, { params });
  }

  decide(applicationId: string, request: ApplicationDecisionRequest): Observable<PoolApplication> {
    return this.http.post<PoolApplication>(`${this.baseUrl}/pool-applications/${id(applicationId)}/decision`, request);
  }

  financeOverview(query: FinanceQuery): Observable<FinanceOverview> {
    return this.http.get<FinanceOverview>(`${this.baseUrl}/finance/overview`, { params: financeParams(query) });
  }

  /** Where the funding plan downloads with the same filters as the overview: a plain link, so the browser saves it. */
  exportUrl(format: 'xlsx' | 'csv', query: FinanceQuery): string {
    const search = financeParams(query).toString();
    return `${this.baseUrl}/finance/export.${format}${search ? `?${search}` : ''}`;
  }
}

/** Lists go comma-separated (phase=analysis,implementation); what is not set is left out so the API applies its defaults. */
export function financeParams(query: FinanceQuery): HttpParams {
  let params = new HttpParams();
  if (query.fromYear !== undefined) params = params.set('fromYear', query.fromYear);
  if (query.toYear !== undefined) params = params.set('toYear', query.toYear);
  if (query.departmentId) params = params.set('departmentId', query.departmentId);
  if (query.phase && query.phase.length > 0) params = params.set('phase', query.phase.join(','));
  if (query.source && query.source.length > 0) params = params.set('source', query.source.join(','));
  if (query.status && query.status.length > 0) params = params.set('status', query.status.join(','));
  return params;
}

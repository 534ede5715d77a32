import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Phase,
  PrioritisedPortfolio,
  PriorityCriterion,
  PriorityCriterionRequest,
  PriorityScores,
  RiskAppetiteStatement,
} from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** GET /prioritisation: what is not set is left out, so the API applies its defaults (this year, the pools' capital). */
export interface PrioritisationQuery {
  fromYear?: number;
  toYear?: number;
  available?: number;
  departmentId?: string;
  phase?: Phase[];
}

/** Criteria and weights, scores, the ranked list with its cut-off line, and the risk appetite. */
@Injectable({ providedIn: 'root' })
export class PrioritisationApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  criteria(): Observable<PriorityCriterion[]> {
    return this.http.get<PriorityCriterion[]>(`${this.baseUrl}/priority-criteria`);
  }

  /** The whole set: a criterion sent with its id keeps its scores; one left out is removed. */
  replaceCriteria(criteria: PriorityCriterionRequest[]): Observable<PriorityCriterion[]> {
    return this.http.put<PriorityCriterion[]>(`${this.baseUrl}/priority-criteria`, { criteria });
  }

  ranked(query: PrioritisationQuery): Observable<PrioritisedPortfolio> {
    let params = new HttpParams();
    if (query.fromYear !== undefined) params = params.set('fromYear', query.fromYear);
    if (query.toYear !== undefined) params = params.set('toYear', query.toYear);
    if (query.available !== undefined) params = params.set('available', query.available);
    if (query.departmentId) params = params.set('departmentId', query.departmentId);
    if (query.phase && query.phase.length > 0) params = params.set('phase', query.phase.join(','));
    return this.http.get<PrioritisedPortfolio>(`${this.baseUrl}/prioritisation`, { params });
  }

  scores(initiativeId: string): Observable<PriorityScores> {
    return this.http.get<PriorityScores>(`${this.baseUrl}/initiatives/${id(initiativeId)}/priority-scores`);
  }

  replaceScores(initiativeId: string, request: { version?: number; scores: { criterionId: string; score: number }[] }): Observable<PriorityScores> {
    return this.http.put<PriorityScores>(`${this.baseUrl}/initiatives/${id(initiativeId)}/priority-scores`, request);
  }

  riskAppetite(): Observable<RiskAppetiteStatement[]> {
    return this.http.get<RiskAppetiteStatement[]>(`${this.baseUrl}/risk-appetite`);
  }

  /** The whole statement: an area left out is no longer stated. */
  replaceRiskAppetite(appetites: RiskAppetiteStatement[]): Observable<RiskAppetiteStatement[]> {
    return this.http.put<RiskAppetiteStatement[]>(`${this.baseUrl}/risk-appetite`, { appetites });
  }
}

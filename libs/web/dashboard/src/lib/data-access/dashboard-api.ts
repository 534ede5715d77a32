import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  OverviewDrilldownRow,
  OverviewFigure,
  PortfolioOverview,
  PortfolioOverviewQuery,
  SteeringGroup,
  StrategicGoal,
} from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

/** Thin HTTP client for the management overview and its filter pickers. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  overview(query: PortfolioOverviewQuery): Observable<PortfolioOverview> {
    return this.http.get<PortfolioOverview>(`${this.baseUrl}/portfolio/overview`, { params: overviewParams(query) });
  }

  /** The initiatives behind a figure, with the same filters. */
  drilldown(query: PortfolioOverviewQuery, figure: OverviewFigure): Observable<OverviewDrilldownRow[]> {
    return this.http.get<OverviewDrilldownRow[]>(`${this.baseUrl}/portfolio/overview/initiatives`, {
      params: overviewParams(query).set('figure', figure),
    });
  }

  steeringGroups(): Observable<SteeringGroup[]> {
    return this.http.get<SteeringGroup[]>(`${this.baseUrl}/steering-groups`);
  }

  strategicGoals(): Observable<StrategicGoal[]> {
    return this.http.get<StrategicGoal[]>(`${this.baseUrl}/strategic-goals`);
  }
}

/** Only what is set; phases comma-separated, as the API takes them. */
export function overviewParams(query: PortfolioOverviewQuery): HttpParams {
  let params = new HttpParams();
  if (query.departmentId) params = params.set('departmentId', query.departmentId);
  if (query.phase?.length) params = params.set('phase', query.phase.join(','));
  if (query.steeringGroupId) params = params.set('steeringGroupId', query.steeringGroupId);
  if (query.strategicGoalId) params = params.set('strategicGoalId', query.strategicGoalId);
  if (query.technology) params = params.set('technology', query.technology);
  if (query.year !== undefined) params = params.set('year', String(query.year));
  return params;
}

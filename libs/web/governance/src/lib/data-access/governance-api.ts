import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Decision,
  DecisionRequest,
  GateRequest,
  HealthFinding,
  InitiativeGovernance,
  InitiativeGovernanceRequest,
  InitiativeHealth,
  StatusReport,
  StatusReportRequest,
  SteeringGroup,
} from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

export interface UpdateStatusReportRequest extends Partial<StatusReportRequest> {
  version: number;
}

/** Thin HTTP client for an initiative's governance, decisions, status reports and health check; errors surface as HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class GovernanceApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  private initiative(initiativeId: string, path: string): string {
    return `${this.baseUrl}/initiatives/${id(initiativeId)}/${path}`;
  }

  governance(initiativeId: string): Observable<InitiativeGovernance> {
    return this.http.get<InitiativeGovernance>(this.initiative(initiativeId, 'governance'));
  }

  updateGovernance(initiativeId: string, request: InitiativeGovernanceRequest): Observable<InitiativeGovernance> {
    return this.http.put<InitiativeGovernance>(this.initiative(initiativeId, 'governance'), request);
  }

  steeringGroups(): Observable<SteeringGroup[]> {
    return this.http.get<SteeringGroup[]>(`${this.baseUrl}/steering-groups`);
  }

  requestGate(initiativeId: string, request: GateRequest): Observable<{ governance: InitiativeGovernance; checklist: HealthFinding[] }> {
    return this.http.post<{ governance: InitiativeGovernance; checklist: HealthFinding[] }>(this.initiative(initiativeId, 'gate-request'), request);
  }

  withdrawGate(initiativeId: string): Observable<void> {
    return this.http.delete<void>(this.initiative(initiativeId, 'gate-request'));
  }

  /** Newest first. */
  decisions(initiativeId: string): Observable<Decision[]> {
    return this.http.get<Decision[]>(this.initiative(initiativeId, 'decisions'));
  }

  recordDecision(initiativeId: string, request: DecisionRequest): Observable<Decision> {
    return this.http.post<Decision>(this.initiative(initiativeId, 'decisions'), request);
  }

  /** Newest period first. */
  statusReports(initiativeId: string): Observable<StatusReport[]> {
    return this.http.get<StatusReport[]>(this.initiative(initiativeId, 'status-reports'));
  }

  createStatusReport(initiativeId: string, request: StatusReportRequest): Observable<StatusReport> {
    return this.http.post<StatusReport>(this.initiative(initiativeId, 'status-reports'), request);
  }

  updateStatusReport(reportId: string, request: UpdateStatusReportRequest): Observable<StatusReport> {
    return this.http.patch<StatusReport>(`${this.baseUrl}/status-reports/${id(reportId)}`, request);
  }

  removeStatusReport(reportId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/status-reports/${id(reportId)}`, { params: { version } });
  }

  /** Freezes the report with the initiative's key figures of this moment. */
  submitStatusReport(reportId: string, version: number): Observable<StatusReport> {
    return this.http.post<StatusReport>(`${this.baseUrl}/status-reports/${id(reportId)}/submit`, { version });
  }

  /** The rules that apply to the initiative now, and what they find. */
  health(initiativeId: string): Observable<InitiativeHealth> {
    return this.http.get<InitiativeHealth>(this.initiative(initiativeId, 'health'));
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EvaluationPointUpdate,
  EvaluationPointView,
  EvaluationScheduleRequest,
  Measurement,
  MeasurementRequest,
} from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

/** What measurements and evaluation points hang on. */
export interface FollowUpTarget {
  kind: 'goal' | 'benefit';
  id: string;
}

/** Measurements and evaluation points of a goal or a benefit: the same operations on either. */
@Injectable({ providedIn: 'root' })
export class FollowUpApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  private url(target: FollowUpTarget, rest: string): string {
    return `${this.baseUrl}/${target.kind === 'goal' ? 'goals' : 'benefits'}/${encodeURIComponent(target.id)}/${rest}`;
  }

  /** Newest first. */
  measurements(target: FollowUpTarget): Observable<Measurement[]> {
    return this.http.get<Measurement[]>(this.url(target, 'measurements'));
  }

  record(target: FollowUpTarget, request: MeasurementRequest): Observable<Measurement> {
    return this.http.post<Measurement>(this.url(target, 'measurements'), request);
  }

  /** By due date. */
  evaluationPoints(target: FollowUpTarget): Observable<EvaluationPointView[]> {
    return this.http.get<EvaluationPointView[]>(this.url(target, 'evaluation-points'));
  }

  /** Returns every point of the target as the schedule now is. */
  schedule(target: FollowUpTarget, request: EvaluationScheduleRequest): Observable<EvaluationPointView[]> {
    return this.http.post<EvaluationPointView[]>(this.url(target, 'evaluation-points/schedule'), request);
  }

  /** Only open points (no measurement yet) can change; returns the point as it now is. */
  updatePoint(pointId: string, request: EvaluationPointUpdate): Observable<EvaluationPointView> {
    return this.http.patch<EvaluationPointView>(`${this.baseUrl}/evaluation-points/${encodeURIComponent(pointId)}`, request);
  }

  removePoint(pointId: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/evaluation-points/${encodeURIComponent(pointId)}`);
  }
}

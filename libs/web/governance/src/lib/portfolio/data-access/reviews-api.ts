import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Decision,
  DecisionKind,
  DecisionRequest,
  MissingReport,
  Page,
  PortfolioReview,
  PortfolioReviewRequest,
  ReviewStatus,
  SteeringLevel,
} from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** A meeting in the list (GET /portfolio-reviews): the review without its agenda. */
export interface ReviewSummary {
  id: string;
  steeringGroup: { id: string; name: string; level: SteeringLevel };
  title: string;
  heldOn: string;
  status: ReviewStatus;
  itemCount: number;
  decisionCount: number;
  version: number;
}

/** PATCH /portfolio-reviews/:id: what is left out stays unchanged. */
export interface ReviewChange {
  version: number;
  title?: string;
  heldOn?: string;
  notes?: string | null;
  status?: ReviewStatus;
}

/** The organisation's decision log (GET /decisions). */
export interface DecisionLogQuery {
  kind?: DecisionKind[];
  steeringGroupId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** Portfolio reviews, the decisions recorded in them, the decision log and missing status reports. */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(): Observable<ReviewSummary[]> {
    return this.http.get<ReviewSummary[]>(`${this.baseUrl}/portfolio-reviews`);
  }

  /** Creates the meeting; the API builds its agenda from the initiatives due in the group and the groups below. */
  create(request: PortfolioReviewRequest): Observable<PortfolioReview> {
    return this.http.post<PortfolioReview>(`${this.baseUrl}/portfolio-reviews`, request);
  }

  get(reviewId: string): Observable<PortfolioReview> {
    return this.http.get<PortfolioReview>(`${this.baseUrl}/portfolio-reviews/${id(reviewId)}`);
  }

  update(reviewId: string, change: ReviewChange): Observable<PortfolioReview> {
    return this.http.patch<PortfolioReview>(`${this.baseUrl}/portfolio-reviews/${id(reviewId)}`, change);
  }

  removeItem(reviewId: string, itemId: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/portfolio-reviews/${id(reviewId)}/agenda/${id(itemId)}`);
  }

  /** The print-ready minutes page (opened in a new tab). */
  minutesUrl(reviewId: string): string {
    return `${this.baseUrl}/portfolio-reviews/${id(reviewId)}/minutes.html`;
  }

  /** The meeting pack: the benefit cards of the agenda's initiatives, one PDF page each, in agenda order. */
  cardsUrl(reviewId: string): string {
    return `${this.baseUrl}/portfolio-reviews/${id(reviewId)}/benefit-cards.pdf`;
  }

  recordDecision(initiativeId: string, request: DecisionRequest): Observable<Decision> {
    return this.http.post<Decision>(`${this.baseUrl}/initiatives/${id(initiativeId)}/decisions`, request);
  }

  decisions(query: DecisionLogQuery): Observable<Page<Decision>> {
    let params = new HttpParams();
    if (query.kind && query.kind.length > 0) params = params.set('kind', query.kind.join(','));
    if (query.steeringGroupId) params = params.set('steeringGroupId', query.steeringGroupId);
    if (query.from) params = params.set('from', query.from);
    if (query.to) params = params.set('to', query.to);
    if (query.page) params = params.set('page', query.page);
    if (query.pageSize) params = params.set('pageSize', query.pageSize);
    return this.http.get<Page<Decision>>(`${this.baseUrl}/decisions`, { params });
  }

  /** Initiatives without a submitted status report for the current review cycle (of a group and the groups below). */
  missingReports(steeringGroupId?: string): Observable<MissingReport[]> {
    const params: Record<string, string> = steeringGroupId ? { steeringGroupId } : {};
    return this.http.get<MissingReport[]>(`${this.baseUrl}/status-reports/missing`, { params });
  }
}

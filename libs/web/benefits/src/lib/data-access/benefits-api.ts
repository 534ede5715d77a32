import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Benefit, BenefitRequest, BenefitSummary, BenefitYear, MyBenefit } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Thin HTTP client for benefits, their yearly profiles and the read models; errors surface as HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class BenefitsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(initiativeId: string): Observable<Benefit[]> {
    return this.http.get<Benefit[]>(`${this.baseUrl}/initiatives/${id(initiativeId)}/benefits`);
  }

  /** Goals with achievement, and planned vs realised totals per unit and year. */
  summary(initiativeId: string): Observable<BenefitSummary> {
    return this.http.get<BenefitSummary>(`${this.baseUrl}/initiatives/${id(initiativeId)}/benefit-summary`);
  }

  /** "Mine gevinster": the signed-in user's benefits with open evaluation points. */
  mine(): Observable<MyBenefit[]> {
    return this.http.get<MyBenefit[]>(`${this.baseUrl}/me/benefits`);
  }

  create(initiativeId: string, request: BenefitRequest): Observable<Benefit> {
    return this.http.post<Benefit>(`${this.baseUrl}/initiatives/${id(initiativeId)}/benefits`, request);
  }

  /** The benefit itself; the yearly profile changes with putYears. */
  update(benefitId: string, request: Omit<BenefitRequest, 'years'> & { version: number }): Observable<Benefit> {
    return this.http.patch<Benefit>(`${this.baseUrl}/benefits/${id(benefitId)}`, request);
  }

  remove(benefitId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/benefits/${id(benefitId)}`, { params: { version } });
  }

  /** The whole profile: years not sent are removed. */
  putYears(benefitId: string, version: number, years: BenefitYear[]): Observable<Benefit> {
    return this.http.put<Benefit>(`${this.baseUrl}/benefits/${id(benefitId)}/years`, { version, years });
  }

  /** Where the benefit realisation plan (.xlsx) of an initiative is downloaded. */
  planUrl(initiativeId: string): string {
    return `${this.baseUrl}/initiatives/${id(initiativeId)}/benefit-plan.xlsx`;
  }

  /** The one-page benefit card (gevinstrealiseringskort) as PDF. */
  cardUrl(initiativeId: string): string {
    return `${this.baseUrl}/initiatives/${id(initiativeId)}/benefit-card.pdf`;
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BenefitMap, MapChangeStatus, MapLinkRequest, MapNodeRequest } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The benefit map's routes; every write answers with the whole map. */
@Injectable({ providedIn: 'root' })
export class BenefitMapApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  get(initiativeId: string): Observable<BenefitMap> {
    return this.http.get<BenefitMap>(`${this.baseUrl}/initiatives/${id(initiativeId)}/benefit-map`);
  }

  addNode(initiativeId: string, request: MapNodeRequest): Observable<BenefitMap> {
    return this.http.post<BenefitMap>(`${this.baseUrl}/initiatives/${id(initiativeId)}/benefit-map/nodes`, request);
  }

  setStatus(nodeId: string, version: number, status: MapChangeStatus): Observable<BenefitMap> {
    return this.http.patch<BenefitMap>(`${this.baseUrl}/benefit-map-nodes/${id(nodeId)}`, { version, status });
  }

  removeNode(nodeId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/benefit-map-nodes/${id(nodeId)}`, { params: { version } });
  }

  link(initiativeId: string, request: MapLinkRequest): Observable<BenefitMap> {
    return this.http.post<BenefitMap>(`${this.baseUrl}/initiatives/${id(initiativeId)}/benefit-map/links`, request);
  }

  unlink(initiativeId: string, request: MapLinkRequest): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/initiatives/${id(initiativeId)}/benefit-map/links`, { params: { from: request.from, to: request.to } });
  }
}

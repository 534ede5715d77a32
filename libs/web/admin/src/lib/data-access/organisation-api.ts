import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Organisation, OrganisationSettingsRequest } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

/** Thin HTTP client for /organisation (settings: admin only). */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/organisation`;

  get(): Observable<Organisation> {
    return this.http.get<Organisation>(this.baseUrl);
  }

  updateSettings(request: OrganisationSettingsRequest): Observable<Organisation> {
    return this.http.patch<Organisation>(`${this.baseUrl}/settings`, request);
  }
}

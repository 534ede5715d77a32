import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BusinessCase } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import type { Observable } from 'rxjs';

/** Thin HTTP client for an initiative's simple business case; errors surface as HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class BusinessCaseApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  get(initiativeId: string): Observable<BusinessCase> {
    return this.http.get<BusinessCase>(`${this.baseUrl}/initiatives/${encodeURIComponent(initiativeId)}/business-case`);
  }
}

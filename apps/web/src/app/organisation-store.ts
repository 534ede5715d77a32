import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { Organisation } from '@gevinst/domain';
import { API_BASE_URL } from '@gevinst/web/ui';
import { catchError, of } from 'rxjs';

/** The kommune this installation serves. Its name is decoration: a failure leaves it out, the pages report errors. */
@Injectable({ providedIn: 'root' })
export class OrganisationStore {
  private readonly http = inject(HttpClient);

  readonly organisation = toSignal(
    this.http.get<Organisation>(`${inject(API_BASE_URL)}/organisation`).pipe(catchError(() => of(null))),
    { initialValue: null },
  );
}

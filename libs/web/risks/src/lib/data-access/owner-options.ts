import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UserSummary } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { API_BASE_URL } from '@gevinst/web/ui';
import { type Observable, catchError, map, of } from 'rxjs';

export interface OwnerOption {
  id: string;
  name: string;
}

/**
 * Who can be chosen as risk owner, the same way the benefit form picks a benefit owner: only admins may list the
 * organisation's users (GET /users); everyone else chooses between themselves and the owner the risk already has.
 */
@Injectable({ providedIn: 'root' })
export class RiskOwnerOptions {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly url = `${inject(API_BASE_URL)}/users`;

  /** Whether the list holds every active user (admins) or just "me" and the current owner. */
  canListAll(): boolean {
    return this.auth.can('user.read');
  }

  load(current: OwnerOption | null): Observable<OwnerOption[]> {
    const me = this.auth.currentUser();
    const self = me ? { id: me.id, name: `${me.name} (mig selv)` } : null;
    const own = [self, current].filter((o): o is OwnerOption => o !== null);
    if (!this.canListAll()) return of(uniqueByName(own));
    return this.http.get<UserSummary[]>(this.url).pipe(
      map((users) => {
        const others = users.filter((u) => u.active && u.id !== me?.id).map((u) => ({ id: u.id, name: u.name }));
        return uniqueByName([...own, ...others]);
      }),
      // Without the list the form still works with the owners it knows.
      catchError(() => of(uniqueByName(own))),
    );
  }
}

/** Unique by id (the first wins, so "(mig selv)" stays), sorted by name. */
function uniqueByName(options: OwnerOption[]): OwnerOption[] {
  const byId = new Map<string, OwnerOption>();
  for (const option of options) if (!byId.has(option.id)) byId.set(option.id, option);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

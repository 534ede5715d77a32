import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UserRef, UserSummary } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { API_BASE_URL } from '@gevinst/web/ui';
import { type Observable, catchError, map, of } from 'rxjs';

/**
 * Who can be chosen as project owner, the way the benefit and risk forms pick an owner: only admins may list the
 * organisation's users (GET /users); everyone else chooses between themselves and the owner the initiative has.
 */
@Injectable({ providedIn: 'root' })
export class ProjectOwnerOptions {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly url = `${inject(API_BASE_URL)}/users`;

  /** Whether the list holds every active user (admins) or just "me" and the current owner. */
  canListAll(): boolean {
    return this.auth.can('user.read');
  }

  load(current: UserRef | null): Observable<UserRef[]> {
    const me = this.auth.currentUser();
    const self = me ? { id: me.id, name: `${me.name} (mig selv)` } : null;
    const own = [self, current].filter((o): o is UserRef => o !== null);
    if (!this.canListAll()) return of(uniqueByName(own));
    return this.http.get<UserSummary[]>(this.url).pipe(
      map((users) => uniqueByName([...own, ...users.filter((u) => u.active && u.id !== me?.id).map((u) => ({ id: u.id, name: u.name }))])),
      // Without the list the form still works with the people it knows.
      catchError(() => of(uniqueByName(own))),
    );
  }
}

/** Unique by id (the first wins, so "(mig selv)" stays), sorted by name. */
function uniqueByName(options: UserRef[]): UserRef[] {
  const byId = new Map<string, UserRef>();
  for (const option of options) if (!byId.has(option.id)) byId.set(option.id, option);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

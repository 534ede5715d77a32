import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UserSummary } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { API_BASE_URL } from '@gevinst/web/ui';
import { type Observable, catchError, map, of } from 'rxjs';

export interface UserOption {
  id: string;
  name: string;
}

/**
 * People to pick as chair and members of a steering group, the way the risk form picks an owner: only admins may
 * list the organisation's users (GET /users), and only admins edit groups. Everyone else gets the people the group
 * already has. Active users only, sorted by name; people already chosen are kept even when inactive.
 */
@Injectable({ providedIn: 'root' })
export class UserOptions {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly url = `${inject(API_BASE_URL)}/users`;

  load(current: readonly UserOption[]): Observable<UserOption[]> {
    if (!this.auth.can('user.read')) return of(uniqueByName([...current]));
    return this.http.get<UserSummary[]>(this.url).pipe(
      map((users) => uniqueByName([...current, ...users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }))])),
      // Without the list the form still works with the people it knows.
      catchError(() => of(uniqueByName([...current]))),
    );
  }
}

function uniqueByName(options: UserOption[]): UserOption[] {
  const byId = new Map<string, UserOption>();
  for (const option of options) if (!byId.has(option.id)) byId.set(option.id, option);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

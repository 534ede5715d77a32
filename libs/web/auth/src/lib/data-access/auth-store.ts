import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Action, type CurrentUser, type PermissionSubject, type Role, can, canSometimes } from '@gevinst/domain';
import { Today } from '@gevinst/web/ui';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth-api';

/**
 * Who is signed in. Loaded once at start-up (GET /auth/me); set by the login page, cleared on 401 and logout.
 * Every user received also carries the API's day, handed on to Today (the app's "today"); signing out keeps
 * the last day known.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly today = inject(Today);
  private readonly user = signal<CurrentUser | null>(null);

  readonly currentUser = this.user.asReadonly();
  readonly signedIn = computed(() => this.user() !== null);
  readonly roles = computed<readonly Role[]>(() => this.user()?.roles ?? []);

  /** Resolves when the answer is in; never rejects (a 401 or any failure leaves nobody signed in). */
  async load(): Promise<void> {
    try {
      this.setUser(await firstValueFrom(this.api.me()));
    } catch {
      // 401: nobody is signed in. Server down: the login page reports it when its own request fails.
      this.user.set(null);
    }
  }

  setUser(user: CurrentUser): void {
    this.today.adopt(user.today);
    this.user.set(user);
  }

  /** Ends the session on the server. A 401 means it had already ended; other failures reject. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout(), { defaultValue: undefined });
    } catch (error: unknown) {
      if (!(error instanceof HttpErrorResponse && error.status === 401)) throw error;
    }
    this.user.set(null);
  }

  clear(): void {
    this.user.set(null);
  }

  hasRole(role: Role): boolean {
    return this.roles().includes(role);
  }

  /** The domain's permission table; the API enforces the same rules. */
  can(action: Action, subject?: PermissionSubject): boolean {
    return can(this.roles(), action, subject);
  }

  /** Whether the user could do this to some object (shows navigation such as "Registrér idé"). */
  canSometimes(action: Action): boolean {
    return canSometimes(this.roles(), action);
  }
}

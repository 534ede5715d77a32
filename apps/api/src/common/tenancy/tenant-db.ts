import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '../errors/database-unavailable';

export interface TenantScope {
  organisationId: string;
  userId: string | null;
}

/** The role tenant requests run as: it owns nothing and cannot bypass row-level security. */
export const APP_ROLE = 'gevinst_app';

/** Long enough for a pool to drop its dead connections, short enough to stay inside a request's patience. */
const RETRY_PAUSE_MS = 300;

/**
 * Runs work in one transaction confined to an organisation: SET LOCAL ROLE to the app role, and the organisation and
 * acting user set with set_config(…, true) (= SET LOCAL), which row-level security and the audit trigger read.
 * Services get the transaction's EntityManager from `manager`, so a request's writes are all or nothing.
 */
@Injectable()
export class TenantDb {
  private readonly storage = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(scope: TenantScope, work: () => Promise<T>): Promise<T> {
    return this.attempt(scope, work).result;
  }

  /**
   * run(), tried once more after a short pause when the database went away before COMMIT: the first try then wrote
   * nothing, so the second cannot write twice. A loss during COMMIT is never retried (it may have committed), nor
   * when `mayRetry` says no (e.g. a streamed response already started).
   */
  async runRetryingOnce<T>(scope: TenantScope, work: () => Promise<T>, mayRetry: () => boolean): Promise<T> {
    const first = this.attempt(scope, work);
    try {
      return await first.result;
    } catch (error) {
      if (first.committing() || !isDatabaseUnavailable(error) || !mayRetry()) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      return this.attempt(scope, work).result;
    }
  }

  private attempt<T>(scope: TenantScope, work: () => Promise<T>): { result: Promise<T>; committing: () => boolean } {
    let committing = false;
    const result = this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL ROLE ${APP_ROLE}`);
      await manager.query(`SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true)`, [
        scope.organisationId,
        scope.userId ?? '',
      ]);
      const value = await this.storage.run(manager, work);
      committing = true;
      return value;
    });
    return { result, committing: () => committing };
  }

  get manager(): EntityManager {
    const manager = this.storage.getStore();
    if (!manager) throw new Error('No tenant transaction: the route must run behind TenantTransactionInterceptor');
    return manager;
  }
}

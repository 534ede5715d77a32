import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

export interface TenantScope {
  organisationId: string;
  userId: string | null;
}

/** The role tenant requests run as: it owns nothing and cannot bypass row-level security. */
export const APP_ROLE = 'gevinst_app';

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
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL ROLE ${APP_ROLE}`);
      await manager.query(`SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true)`, [
        scope.organisationId,
        scope.userId ?? '',
      ]);
      return this.storage.run(manager, work);
    });
  }

  get manager(): EntityManager {
    const manager = this.storage.getStore();
    if (!manager) throw new Error('No tenant transaction: the route must run behind TenantTransactionInterceptor');
    return manager;
  }
}

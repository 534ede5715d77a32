import type { DataSource, EntityManager } from 'typeorm';
import { TenantDb } from './tenant-db';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/**
 * The retry rule of TenantDb, against a stand-in for DataSource.transaction whose outcome each test scripts: the work
 * runs inside it, and `commit` decides what happens after the work (the COMMIT).
 */
function tenantDb(commit: (attempt: number) => void) {
  let attempts = 0;
  const manager = { query: async () => [] } as unknown as EntityManager;
  const dataSource = {
    transaction: async <T>(work: (m: EntityManager) => Promise<T>): Promise<T> => {
      attempts += 1;
      const value = await work(manager);
      commit(attempts);
      return value;
    },
  } as unknown as DataSource;
  return { db: new TenantDb(dataSource), attempts: () => attempts };
}

const scope = { organisationId: 'o1', userId: 'u1' };

describe('TenantDb.runRetryingOnce', () => {
  it('runs the work once more when the database went away before COMMIT', async () => {
    const { db, attempts } = tenantDb(() => undefined);
    let calls = 0;
    const result = await db.runRetryingOnce(scope, async () => {
      calls += 1;
      if (calls === 1) throw refused();
      return 'saved';
    }, () => true);
    expect(result).toBe('saved');
    expect(attempts()).toBe(2);
  });

  it('never retries a loss during COMMIT, a real error, a second loss or a response already under way', async () => {
    const atCommit = tenantDb((attempt) => {
      if (attempt === 1) throw refused();
    });
    await expect(atCommit.db.runRetryingOnce(scope, async () => 'x', () => true)).rejects.toThrow('ECONNREFUSED');
    expect(atCommit.attempts()).toBe(1);

    const bug = tenantDb(() => undefined);
    await expect(bug.db.runRetryingOnce(scope, async () => { throw new TypeError('a bug'); }, () => true)).rejects.toThrow('a bug');
    expect(bug.attempts()).toBe(1);

    const twice = tenantDb(() => undefined);
    await expect(twice.db.runRetryingOnce(scope, async () => { throw refused(); }, () => true)).rejects.toThrow('ECONNREFUSED');
    expect(twice.attempts()).toBe(2);

    const streaming = tenantDb(() => undefined);
    await expect(streaming.db.runRetryingOnce(scope, async () => { throw refused(); }, () => false)).rejects.toThrow('ECONNREFUSED');
    expect(streaming.attempts()).toBe(1);
  });
});

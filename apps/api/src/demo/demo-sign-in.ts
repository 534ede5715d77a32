import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/**
 * The sign-in a newcomer can act on, for the last line of the start-up output: only in demo mode (SEED_DEMO) and only
 * while the demo admin exists, so a production start never prints credentials.
 */
export async function demoSignIn(dataSource: DataSource, config: AppConfig): Promise<string | null> {
  if (!config.SEED_DEMO) return null;
  const [admin] = DEMO_USERS.filter((user) => user.roles.includes('admin'));
  const rows: unknown[] = await dataSource.query('SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND active', [admin.email]);
  return rows.length > 0 ? `sign in as ${admin.email} with the password ${DEMO_PASSWORD}` : null;
}

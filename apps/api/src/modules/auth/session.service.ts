import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@gevinst/domain';
import type { Request, Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SessionEntity } from './session.entity';

export const SESSION_COOKIE = 'gevinst_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

/** Refresh last_seen_at at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

interface SessionRow {
  session_id: string;
  csrf_token: string;
  signed_in_with: 'password' | 'oidc';
  last_seen_at: Date;
  user_id: string;
  organisation_id: string;
  email: string;
  name: string;
  roles: Role[] | string;
  department_id: string | null;
}

/**
 * Server-side sessions: the browser holds a random token in an httpOnly cookie; the database holds its hash.
 * Sessions end on logout, deactivation, idle timeout or the absolute limit. These lookups run before an
 * organisation is known, so they use the schema owner's connection, not the tenant role.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(request: Request, response: Response, user: { id: string; organisationId: string }, signedInWith: 'password' | 'oidc') {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.dataSource.getRepository(SessionEntity).insert({
      tokenHash: sha256(token),
      csrfToken,
      organisationId: user.organisationId,
      userId: user.id,
      signedInWith,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.SESSION_MAX_HOURS * 3_600_000),
    });
    const secure = this.secure(request);
    const maxAge = this.config.SESSION_MAX_HOURS * 3_600_000;
    response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
    response.cookie(CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge });
  }

  /** The user of a valid, unexpired session token, or null. */
  async resolve(token: string): Promise<(AuthUser & { csrfToken: string }) | null> {
    const idleCutoff = new Date(Date.now() - this.config.SESSION_IDLE_MINUTES * 60_000);
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.csrf_token, s.signed_in_with, s.last_seen_at,
              u.id AS user_id, u.organisation_id, u.email, u.name, u.roles, u.department_id
       FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > $2 AND u.active`,
      [sha256(token), idleCutoff],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.query('UPDATE user_session SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    }
    return {
      id: row.user_id,
      organisationId: row.organisation_id,
      email: row.email,
      name: row.name,
      roles: parseRoles(row.roles),
      departmentId: row.department_id,
      sessionId: row.session_id,
      signedInWith: row.signed_in_with,
      csrfToken: row.csrf_token.trim(),
    };
  }

  async end(request: Request, response: Response, sessionId: string): Promise<void> {
    await this.dataSource.query('UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [sessionId]);
    const secure = this.secure(request);
    response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    response.clearCookie(CSRF_COOKIE, { sameSite: 'lax', secure, path: '/' });
  }

  /** Whether auth cookies get the Secure flag: COOKIE_SECURE, where auto = the request came over TLS. */
  secure(request: Request): boolean {
    return this.config.COOKIE_SECURE === 'auto' ? request.secure : this.config.COOKIE_SECURE === 'true';
  }
}

/** pg returns an enum array as its text form ("{admin,finance}") unless the type is registered. */
export function parseRoles(value: Role[] | string): Role[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean) as Role[];
}

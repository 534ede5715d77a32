import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { CSRF_HEADER, SESSION_COOKIE, SessionService } from '../../modules/auth/session.service';
import type { AuthenticatedRequest } from './auth-user';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Resolves the session cookie into request.user (or leaves it unset), and refuses a state-changing request of a
 * signed-in browser that does not echo its CSRF token. Whether a route needs a user is PolicyGuard's decision.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 100) return true;
    const session = await this.sessions.resolve(token);
    if (!session) return true;
    const { csrfToken, ...user } = session;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameText(header, csrfToken)) {
        (request as AuthenticatedRequest & { csrfRefused?: boolean }).csrfRefused = true;
        return true;
      }
    }
    request.user = user;
    return true;
  }
}

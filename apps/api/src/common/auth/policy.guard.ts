import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canSometimes } from '@gevinst/domain';
import { DomainError } from '../errors/domain-error';
import { ACCESS, Access } from './access.decorators';
import type { AuthenticatedRequest } from './auth-user';

/** Deny by default: a route must declare its access, and the user's roles must allow its action. */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger('Authorisation');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { csrfRefused?: boolean }>();
    if (access?.kind === 'public') return true;
    if (request.csrfRefused) {
      this.refuse(request, 'csrf token missing or wrong');
      throw new DomainError('FORBIDDEN', 'The request lacks a valid CSRF token (X-XSRF-TOKEN)');
    }
    if (!request.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    if (!access) {
      this.refuse(request, 'route declares no access rule');
      throw new DomainError('FORBIDDEN', 'You may not do this');
    }
    if (access.kind === 'policy' && !canSometimes(request.user.roles, access.action)) {
      this.refuse(request, access.action);
      throw new DomainError('FORBIDDEN', 'You may not do this');
    }
    return true;
  }

  private refuse(request: AuthenticatedRequest, what: string): void {
    this.logger.warn({ event: 'authorisation_refused', userId: request.user?.id ?? null, what, method: request.method, path: request.path });
  }
}

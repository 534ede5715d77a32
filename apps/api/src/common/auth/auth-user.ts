import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@gevinst/domain';
import type { Request } from 'express';

/** The signed-in user behind a request, resolved from the session cookie by SessionGuard. */
export interface AuthUser {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  sessionId: string;
  signedInWith: 'password' | 'oidc';
}

export type AuthenticatedRequest = Request & { user?: AuthUser };

/** Injects the signed-in user; only on routes that require sign-in. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a route without sign-in');
  return user;
});

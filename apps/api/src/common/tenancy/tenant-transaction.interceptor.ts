import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../auth/auth-user';
import { TenantDb } from './tenant-db';

/**
 * Every signed-in request runs in one tenant transaction; public routes (sign-in, health) do not. A transaction the
 * database dropped before COMMIT is run once more (TenantDb.runRetryingOnce).
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(private readonly db: TenantDb) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const user = http.getRequest<AuthenticatedRequest>().user;
    if (!user) return next.handle();
    const response = http.getResponse<Response>();
    return from(
      this.db.runRetryingOnce(
        { organisationId: user.organisationId, userId: user.id },
        // Each call runs the route handler afresh.
        () => lastValueFrom(next.handle(), { defaultValue: undefined }),
        () => !response.headersSent,
      ),
    );
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import type { TenantRequest } from './current-organisation';
import { SKIP_TENANT } from './skip-tenant.decorator';

/**
 * Puts every request into one organisation before any handler runs.
 * Until sign-in exists (issue 3) an installation serves its single organisation, the oldest one;
 * sign-in will take the organisation from the session instead, in this one place.
 */
@Injectable()
export class OrganisationGuard implements CanActivate {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(SKIP_TENANT, [context.getHandler(), context.getClass()])) return true;
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM organisation ORDER BY created_at, id LIMIT 1',
    );
    if (rows.length === 0) throw new DomainError('NO_ORGANISATION', 'No organisation has been set up yet');
    context.switchToHttp().getRequest<TenantRequest>().tenant = { organisationId: rows[0].id };
    return true;
  }
}

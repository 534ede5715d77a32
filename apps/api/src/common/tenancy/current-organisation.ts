import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The organisation every query of this request is confined to. */
export interface TenantContext {
  organisationId: string;
}

export type TenantRequest = { tenant?: TenantContext };

/** Injects the request's TenantContext (set by OrganisationGuard) into a handler. */
export const Tenant = createParamDecorator((_data: unknown, context: ExecutionContext): TenantContext => {
  const tenant = context.switchToHttp().getRequest<TenantRequest>().tenant;
  if (!tenant) throw new Error('OrganisationGuard did not run for this route');
  return tenant;
});

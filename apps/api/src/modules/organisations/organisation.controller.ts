import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Organisation } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { notFound } from '../../common/errors/domain-error';
import { OrganisationEntity } from './organisation.entity';

@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly db: TenantDb) {}

  @Get()
  @Policy('organisation.read')
  @ApiOkResponse({ description: 'The organisation the request runs in' })
  async current(@CurrentUser() user: AuthUser): Promise<Organisation> {
    const organisation = await this.db.manager.getRepository(OrganisationEntity).findOneBy({ id: user.organisationId });
    if (!organisation) throw notFound('Organisation');
    return {
      id: organisation.id,
      name: organisation.name,
      municipalityCode: organisation.municipalityCode,
      codePrefix: organisation.codePrefix,
    };
  }
}

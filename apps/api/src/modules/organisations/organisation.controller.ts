import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Organisation } from '@gevinst/domain';
import { DataSource } from 'typeorm';
import { Tenant, type TenantContext } from '../../common/tenancy/current-organisation';
import { notFound } from '../../common/errors/domain-error';
import { OrganisationEntity } from './organisation.entity';

@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ description: 'The organisation the request runs in' })
  async current(@Tenant() tenant: TenantContext): Promise<Organisation> {
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: tenant.organisationId });
    if (!organisation) throw notFound('Organisation');
    return {
      id: organisation.id,
      name: organisation.name,
      municipalityCode: organisation.municipalityCode,
      codePrefix: organisation.codePrefix,
    };
  }
}

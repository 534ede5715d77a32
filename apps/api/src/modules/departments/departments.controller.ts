import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Department } from '@gevinst/domain';
import { Tenant, type TenantContext } from '../../common/tenancy/current-organisation';
import { DepartmentsService } from './departments.service';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @ApiOkResponse({ description: 'All departments of the organisation, flat, with parentId' })
  list(@Tenant() tenant: TenantContext): Promise<Department[]> {
    return this.departments.list(tenant.organisationId);
  }
}

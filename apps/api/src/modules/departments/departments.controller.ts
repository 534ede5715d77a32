import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Department } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { DepartmentsService } from './departments.service';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Policy('department.read')
  @ApiOkResponse({ description: 'All departments of the organisation, flat, with parentId' })
  list(): Promise<Department[]> {
    return this.departments.list();
  }
}

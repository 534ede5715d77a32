import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEntry, Page } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit.query';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Policy('audit.read')
  search(@CurrentUser() user: AuthUser, @Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.search(user.organisationId, query);
  }
}

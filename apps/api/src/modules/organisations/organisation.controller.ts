import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Organisation } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { UpdateOrganisationSettingsDto } from './dto/organisation-settings.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Policy('organisation.read')
  @ApiOkResponse({ description: 'The organisation the request runs in' })
  current(@CurrentUser() user: AuthUser): Promise<Organisation> {
    return this.organisations.current(user);
  }

  @Patch('settings')
  @Policy('organisation.manage')
  @ApiOkResponse({ description: 'The organisation with its updated settings' })
  @ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
  updateSettings(@CurrentUser() user: AuthUser, @Body() dto: UpdateOrganisationSettingsDto): Promise<Organisation> {
    return this.organisations.updateSettings(user, dto);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { BenefitMap } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { parseVersion } from '../goals/initiative-access';
import { BenefitMapReader } from './benefit-map.reader';
import { BenefitMapService } from './benefit-map.service';
import { CreateMapNodeDto, MapLinkDto, UpdateMapNodeDto } from './dto/map.dto';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });
const nodeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Map node') });

/** The benefit map (gevinstdiagram) of an initiative; changing it is part of managing its benefits. */
@ApiTags('benefit map')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class BenefitMapController {
  constructor(
    private readonly reader: BenefitMapReader,
    private readonly map: BenefitMapService,
  ) {}

  @Get('initiatives/:id/benefit-map')
  @Policy('initiative.read')
  read(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<BenefitMap> {
    return this.reader.read(user, id);
  }

  @Post('initiatives/:id/benefit-map/nodes')
  @Policy('benefit.manage')
  @ApiUnprocessableEntityResponse({ description: 'The owner is no user of the organisation, or the map is full' })
  addNode(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: CreateMapNodeDto): Promise<BenefitMap> {
    return this.map.addNode(user, id, dto);
  }

  @Patch('benefit-map-nodes/:id')
  @Policy('benefit.manage')
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  updateNode(@CurrentUser() user: AuthUser, @Param('id', nodeId) id: string, @Body() dto: UpdateMapNodeDto): Promise<BenefitMap> {
    return this.map.updateNode(user, id, dto);
  }

  @Delete('benefit-map-nodes/:id')
  @Policy('benefit.manage')
  @HttpCode(204)
  @ApiQuery({ name: 'version', type: Number })
  @ApiConflictResponse({ description: 'The version is stale' })
  async removeNode(@CurrentUser() user: AuthUser, @Param('id', nodeId) id: string, @Query('version') version: unknown): Promise<void> {
    await this.map.removeNode(user, id, parseVersion(version));
  }

  /** Links two nodes; a link that is already there answers the map unchanged. */
  @Post('initiatives/:id/benefit-map/links')
  @Policy('benefit.manage')
  link(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: MapLinkDto): Promise<BenefitMap> {
    return this.map.link(user, id, dto);
  }

  @Delete('initiatives/:id/benefit-map/links')
  @Policy('benefit.manage')
  @HttpCode(204)
  async unlink(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Query() link: MapLinkDto): Promise<void> {
    await this.map.unlink(user, id, link);
  }
}

import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { PortfolioReview } from '@gevinst/domain';
import type { Response } from 'express';
import { randomBytes } from 'node:crypto';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { AddAgendaItemDto, CreatePortfolioReviewDto, ListPortfolioReviewsQuery, UpdatePortfolioReviewDto } from './dto/portfolio-review.dto';
import { PortfolioReviewsService } from './portfolio-reviews.service';
import type { PortfolioReviewSummary } from './review-rows';

const reviewId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Portfolio review') });
const itemId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Agenda item') });

/**
 * The minutes page allows nothing but its own style element: no script, no other source, no framing, no forms.
 * Stricter than the app's policy, since the page shows text users wrote (escaped as well).
 */
const minutesPolicy = (nonce: string) =>
  `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

@ApiTags('portfolio-reviews')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller('portfolio-reviews')
export class PortfolioReviewsController {
  constructor(private readonly reviews: PortfolioReviewsService) {}

  /** Newest meeting first. */
  @Get()
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser, @Query() query: ListPortfolioReviewsQuery): Promise<PortfolioReviewSummary[]> {
    return this.reviews.list(user, query.steeringGroupId);
  }

  /** A meeting of a steering group; its agenda is built now from the initiatives due in the group and the groups below. */
  @Post()
  @Policy('review.manage')
  @ApiUnprocessableEntityResponse({ description: 'The steering group is not one of the organisation' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePortfolioReviewDto): Promise<PortfolioReview> {
    return this.reviews.create(user, dto);
  }

  @Get(':id')
  @Policy('initiative.read')
  get(@CurrentUser() user: AuthUser, @Param('id', reviewId) id: string): Promise<PortfolioReview> {
    return this.reviews.get(user, id);
  }

  @Patch(':id')
  @Policy('review.manage')
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  update(@CurrentUser() user: AuthUser, @Param('id', reviewId) id: string, @Body() dto: UpdatePortfolioReviewDto): Promise<PortfolioReview> {
    return this.reviews.update(user, id, dto);
  }

  @Post(':id/agenda')
  @Policy('review.manage')
  @ApiConflictResponse({ description: 'The initiative is on the agenda already' })
  @ApiUnprocessableEntityResponse({ description: 'The initiative is not one of the organisation, or the agenda is full' })
  addItem(@CurrentUser() user: AuthUser, @Param('id', reviewId) id: string, @Body() dto: AddAgendaItemDto): Promise<PortfolioReview> {
    return this.reviews.addItem(user, id, dto);
  }

  @Delete(':id/agenda/:itemId')
  @Policy('review.manage')
  @HttpCode(204)
  @ApiUnprocessableEntityResponse({ description: 'Decisions were recorded for the item in this meeting' })
  async removeItem(@CurrentUser() user: AuthUser, @Param('id', reviewId) id: string, @Param('itemId', itemId) item: string): Promise<void> {
    await this.reviews.removeItem(user, id, item);
  }

  /** The minutes as a self-contained, print-ready HTML page in Danish (A4): print it or save it as PDF. */
  @Get(':id/minutes.html')
  @Policy('initiative.read')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'Referat (HTML)', schema: { type: 'string' } })
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async minutes(@CurrentUser() user: AuthUser, @Param('id', reviewId) id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const nonce = randomBytes(16).toString('base64');
    const html = await this.reviews.minutes(user, id, nonce);
    response.setHeader('Content-Security-Policy', minutesPolicy(nonce));
    return html;
  }
}

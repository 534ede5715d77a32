import { Controller, Get, Logger, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { notFound } from '../../common/errors/domain-error';
import { ClientGoneError, drained } from '../finance/finance-stream';
import { BenefitCardService, type CardPack } from './benefit-card.service';
import { attachmentDisposition } from './card-format';
import { CardPdfRenderer, type CardPdfWriter, PDF_TYPE } from './card-pdf';

const uuid = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => notFound(what) });
const PDF_BODY = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('benefit-cards')
@ApiNotFoundResponse()
@Controller()
export class BenefitCardController {
  private readonly logger = new Logger(BenefitCardController.name);

  constructor(
    private readonly clock: Clock,
    private readonly cards: BenefitCardService,
    private readonly renderer: CardPdfRenderer,
  ) {}

  /**
   * The initiative's benefit card (gevinstrealiseringskort) as one A4 page of PDF. Everything is read before the first
   * byte (an unknown or foreign initiative is a plain 404); the page is then laid out and streamed without the
   * database, after the handler has returned and the transaction has ended.
   */
  @Get('initiatives/:id/benefit-card.pdf')
  @Policy('initiative.read')
  @ApiProduces(PDF_TYPE)
  @ApiOkResponse({ description: 'Gevinstrealiseringskort (PDF, one A4 page)', ...PDF_BODY })
  async card(@CurrentUser() user: AuthUser, @Param('id', uuid('Initiative')) id: string, @Res() response: Response): Promise<void> {
    const card = await this.cards.one(user, id);
    const writer = this.renderer.writer(1, { printedAt: this.clock.now() }, card.initiative.code);
    this.startDownload(response, writer, `gevinstkort-${card.initiative.code}.pdf`);
    // Not awaited: the layout needs no database, so the transaction commits and frees its connection meanwhile.
    void this.stream(response, writer, card.initiative.code, async () => {
      await writer.write([card]);
    });
  }

  /** The cards of every live initiative the steering group (or a group below it) steers: one page each, in code order. */
  @Get('steering-groups/:id/benefit-cards.pdf')
  @Policy('initiative.read')
  @ApiProduces(PDF_TYPE)
  @ApiOkResponse({ description: 'Gevinstrealiseringskort for styregruppens initiativer (PDF, one page per initiative)', ...PDF_BODY })
  @ApiUnprocessableEntityResponse({ description: 'No live initiative, or more than a pack holds' })
  async steeringGroup(@CurrentUser() user: AuthUser, @Param('id', uuid('Steering group')) id: string, @Res() response: Response): Promise<void> {
    await this.pack(user, await this.cards.steeringGroupPack(user, id), response);
  }

  /** The meeting pack of a portfolio review: the cards of the initiatives on its agenda, in agenda order. */
  @Get('portfolio-reviews/:id/benefit-cards.pdf')
  @Policy('initiative.read')
  @ApiProduces(PDF_TYPE)
  @ApiOkResponse({ description: 'Gevinstrealiseringskort for porteføljemødets dagsorden (PDF, one page per initiative)', ...PDF_BODY })
  @ApiUnprocessableEntityResponse({ description: 'An empty agenda, or more than a pack holds' })
  async review(@CurrentUser() user: AuthUser, @Param('id', uuid('Portfolio review')) id: string, @Res() response: Response): Promise<void> {
    await this.pack(user, await this.cards.reviewPack(user, id), response);
  }

  /**
   * A pack is read CARD_CHUNK cards at a time inside the request's transaction while the PDF streams: each chunk is
   * laid out card by card, and the next one is read once the client has taken what was sent (back-pressure), so a
   * pack of hundreds of pages holds one chunk of data and one page of layout in memory.
   */
  private async pack(user: AuthUser, pack: CardPack, response: Response): Promise<void> {
    const writer = this.renderer.writer(pack.ids.length, { printedAt: this.clock.now(), packTitle: pack.title }, pack.firstCode);
    this.startDownload(response, writer, `${pack.fileName}.pdf`);
    await this.stream(response, writer, pack.fileName, async () => {
      for await (const cards of this.cards.cards(user, pack.ids)) {
        await writer.write(cards);
        await drained(response);
      }
    });
  }

  private startDownload(response: Response, writer: CardPdfWriter, fileName: string): void {
    response.status(200);
    response.setHeader('Content-Type', PDF_TYPE);
    response.setHeader('Content-Disposition', attachmentDisposition(fileName));
    response.setHeader('Cache-Control', 'no-store');
    writer.stream.pipe(response);
  }

  /** Once headers are out, an error can only cut the download short (the client sees an incomplete file). */
  private async stream(response: Response, writer: CardPdfWriter, what: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
      writer.end();
    } catch (error) {
      if (error instanceof ClientGoneError) this.logger.warn(`Benefit cards ${what} abandoned: ${error.message}`);
      else this.logger.error(`Benefit cards ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      writer.stream.destroy();
      response.destroy(error instanceof Error ? error : undefined);
    }
  }
}

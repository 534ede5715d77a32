import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FinanceOverview } from '@gevinst/domain';
import type { Response } from 'express';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { FinanceQueryDto } from './dto/finance.query';
import { CSV_TYPE, writeFundingPlanCsv } from './finance-csv';
import { FinanceExport, FinanceExportService } from './finance-export.service';
import { attachment } from './finance-filter';
import { FinanceOverviewService } from './finance-overview.service';
import { ClientGoneError } from './finance-stream';
import { writeFinanceWorkbook, XLSX_TYPE } from './finance-workbook';

@ApiTags('finance')
@Controller('finance')
export class FinanceController {
  private readonly logger = new Logger(FinanceController.name);

  constructor(
    private readonly overviews: FinanceOverviewService,
    private readonly exports: FinanceExportService,
  ) {}

  /** Funding lines pivoted by year × paying department × source × category, with totals and the planned benefits. */
  @Get('overview')
  @Policy('initiative.read')
  @ApiBadRequestResponse({ description: 'Invalid filters, with field-level details' })
  @ApiUnprocessableEntityResponse({ description: 'Unknown department' })
  overview(@CurrentUser() user: AuthUser, @Query() query: FinanceQueryDto): Promise<FinanceOverview> {
    return this.overviews.overview(user, query);
  }

  /**
   * The funding plan, benefits by receiving department, pools and applications as .xlsx, with the overview's filters.
   * The filters are checked before any byte is sent; the funding lines are then read in batches inside the request's
   * tenant transaction while the workbook streams, so memory stays bounded however long the plan is.
   */
  @Get('export.xlsx')
  @Policy('initiative.read')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'Finansieringsplan (.xlsx)', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: 'Invalid filters, with field-level details' })
  @ApiUnprocessableEntityResponse({ description: 'Unknown department' })
  async exportXlsx(@CurrentUser() user: AuthUser, @Query() query: FinanceQueryDto, @Res() response: Response): Promise<void> {
    const data = await this.exports.prepare(user, query);
    this.startDownload(response, XLSX_TYPE, attachment('finansieringsplan', 'xlsx', data.exportedAt));
    const { filter } = data;
    await this.stream(response, 'xlsx', () =>
      writeFinanceWorkbook(
        data,
        {
          lines: () => this.exports.lines(filter),
          benefitsByDepartment: () => this.exports.benefitsByDepartment(filter),
          pools: () => this.exports.pools(filter),
          applications: () => this.exports.applications(filter),
        },
        response,
      ),
    );
  }

  /** The funding plan as CSV for Danish Excel (see finance-csv.ts for the dialect and the header block). */
  @Get('export.csv')
  @Policy('initiative.read')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Finansieringsplan (.csv; UTF-8 with BOM, semicolons, decimal comma)', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: 'Invalid filters, with field-level details' })
  @ApiUnprocessableEntityResponse({ description: 'Unknown department' })
  async exportCsv(@CurrentUser() user: AuthUser, @Query() query: FinanceQueryDto, @Res() response: Response): Promise<void> {
    const data: FinanceExport = await this.exports.prepare(user, query);
    this.startDownload(response, CSV_TYPE, attachment('finansieringsplan', 'csv', data.exportedAt));
    await this.stream(response, 'csv', () => writeFundingPlanCsv(data, this.exports.lines(data.filter), response));
  }

  private startDownload(response: Response, type: string, disposition: string): void {
    response.status(200);
    response.setHeader('Content-Type', type);
    response.setHeader('Content-Disposition', disposition);
    response.setHeader('Cache-Control', 'no-store');
  }

  /** Once headers are out, an error can only cut the download short (the client sees an incomplete file). */
  private async stream(response: Response, kind: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (error instanceof ClientGoneError) {
        this.logger.warn(`Finance export (${kind}) abandoned: ${error.message}`);
      } else {
        this.logger.error(`Finance export (${kind}) failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      response.destroy(error instanceof Error ? error : undefined);
    }
  }
}

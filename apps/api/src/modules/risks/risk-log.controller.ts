import { Controller, Get, Logger, Param, ParseUUIDPipe, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response as ExpressResponse } from 'express';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { RiskLogImportQuery } from './dto/risk-log-import.query';
import { RiskLogImportService, UploadedWorkbook } from './risk-log-import.service';
import { riskLogFileName, TEMPLATE_FILE_NAME, XLSX_TYPE } from './risk-log-layout';
import { RiskImportAccessInterceptor, RiskLogUploadInterceptor } from './risk-log-upload.interceptor';
import { RiskLogWorkbook, writeRiskLog } from './risk-log-writer';
import { Clock } from '../../common/clock/clock';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });
const XLSX = { schema: { type: 'string', format: 'binary' } } as const;

/**
 * The risk log as Excel: export, blank template and import. Registered before RisksController, so that
 * GET risks/template.xlsx is matched before GET risks/:id.
 */
@ApiTags('risks')
@Controller()
export class RiskLogController {
  private readonly logger = new Logger(RiskLogController.name);

  constructor(private readonly clock: Clock, private readonly imports: RiskLogImportService) {}

  /** The blank municipal risk-log template (sheets Risikolog, Handlinger and Vejledning). */
  @Get('risks/template.xlsx')
  @Policy('initiative.read')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'Blank risk-log template', ...XLSX })
  template(@Res() response: ExpressResponse): void {
    this.stream(response, TEMPLATE_FILE_NAME, { initiative: null, exportedAt: this.clock.now(), risks: [] }, 'template');
  }

  /**
   * The initiative's whole risk log (every status). The rows are read in the request's transaction (a foreign
   * initiative is a plain 404 before any byte is sent); the workbook is then streamed without the database.
   */
  @Get('initiatives/:id/risks/export.xlsx')
  @Policy('initiative.read')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'Risikolog: one row per risk, one per action', ...XLSX })
  @ApiNotFoundResponse()
  async export(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Res() response: ExpressResponse): Promise<void> {
    const data = await this.imports.loadExport(user, id);
    const code = data.initiative?.code ?? 'risikolog';
    this.stream(response, riskLogFileName(code), data, code);
  }

  /**
   * Imports a risk log (.xlsx, multipart field "file"). commit=false (default) answers 200 with a preview of the rows
   * and every row error; commit=true writes all rows (201) or, when any row has errors, nothing (422 IMPORT_INVALID
   * with `importErrors`). File-level problems are 400 on the field "file"; over RISK_LIMITS.importMaxBytes, 413.
   */
  @Post('initiatives/:id/risks/import')
  @Policy('risk.manage')
  @UseInterceptors(RiskImportAccessInterceptor, RiskLogUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ description: 'Preview (commit=false): the rows and their errors; nothing written' })
  @ApiCreatedResponse({ description: 'Imported (commit=true, no row errors)' })
  @ApiUnprocessableEntityResponse({ description: 'commit=true and rows have errors (importErrors); nothing written' })
  @ApiForbiddenResponse()
  @ApiNotFoundResponse()
  @ApiPayloadTooLargeResponse()
  async import(
    @CurrentUser() user: AuthUser,
    @Param('id', initiativeId) id: string,
    @Query() query: RiskLogImportQuery,
    @UploadedFile() file: UploadedWorkbook | undefined,
  ): Promise<Response> {
    const preview = await this.imports.import(user, id, file, query);
    // A web Response, whose status wins over the route's fixed one: 200 for a preview, 201 when written. Nest sends
    // it once the interceptors are done, i.e. after the request's transaction has committed.
    return new Response(JSON.stringify(preview), {
      status: preview.committed ? 201 : 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }

  /** Streams the workbook; the handler returns without waiting, so the transaction ends however slow the client. */
  private stream(response: ExpressResponse, fileName: string, data: RiskLogWorkbook, what: string): void {
    response.status(200);
    response.setHeader('Content-Type', XLSX_TYPE);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Cache-Control', 'no-store');
    void writeRiskLog(data, response).catch((error: unknown) => {
      // Headers are gone: all that is left is to cut the download short so the client sees it failed.
      this.logger.error(`Risk log workbook (${what}) failed: ${error instanceof Error ? error.message : String(error)}`);
      response.destroy(error instanceof Error ? error : undefined);
    });
  }
}

import { Controller, Get, Logger, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { benefitPlanFileName, writeBenefitPlan, XLSX_TYPE } from './benefit-plan-workbook';
import { BenefitPlanService } from './benefit-plan.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });

@ApiTags('benefits')
@Controller()
export class BenefitPlanController {
  private readonly logger = new Logger(BenefitPlanController.name);

  constructor(private readonly plans: BenefitPlanService) {}

  /**
   * The benefit realisation plan as .xlsx. The rows are read inside the request's tenant transaction (so an unknown
   * or foreign initiative is a plain 404 before any byte is sent); the workbook is then streamed without the
   * database, and the handler returns without waiting for it, so the transaction commits and its pooled connection
   * is free again however slowly the client downloads.
   */
  @Get('initiatives/:id/benefit-plan.xlsx')
  @Policy('initiative.read')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'Gevinstrealiseringsplan (one row per benefit)', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse()
  async export(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Res() response: Response): Promise<void> {
    const plan = await this.plans.load(user, id);
    response.status(200);
    response.setHeader('Content-Type', XLSX_TYPE);
    response.setHeader('Content-Disposition', `attachment; filename="${benefitPlanFileName(plan.initiative.code)}"`);
    response.setHeader('Cache-Control', 'no-store');
    void writeBenefitPlan(plan, response).catch((error: unknown) => {
      // Headers are gone: all that is left is to cut the download short so the client sees it failed.
      this.logger.error(`Benefit plan export of ${plan.initiative.code} failed: ${error instanceof Error ? error.message : String(error)}`);
      response.destroy(error instanceof Error ? error : undefined);
    });
  }
}

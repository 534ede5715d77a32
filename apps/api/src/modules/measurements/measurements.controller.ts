import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { EvaluationPointView, Measurement } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { CreateEvaluationPointDto, CreateMeasurementDto, EvaluationScheduleDto, UpdateEvaluationPointDto } from './dto/measurement.dto';
import { EvaluationPointsService } from './evaluation-points.service';
import { MeasurementsService } from './measurements.service';

const goalId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Goal') });
const benefitId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Benefit') });
const pointId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Evaluation point') });

/** Measurements and evaluation points of goals and of benefits: the same operations on either. */
@ApiTags('measurements')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class MeasurementsController {
  constructor(
    private readonly measurements: MeasurementsService,
    private readonly points: EvaluationPointsService,
  ) {}

  @Get('goals/:id/measurements')
  @Policy('initiative.read')
  goalMeasurements(@CurrentUser() user: AuthUser, @Param('id', goalId) id: string): Promise<Measurement[]> {
    return this.measurements.list(user, 'goal', id);
  }

  @Post('goals/:id/measurements')
  @Policy('measurement.record')
  recordOnGoal(@CurrentUser() user: AuthUser, @Param('id', goalId) id: string, @Body() dto: CreateMeasurementDto): Promise<Measurement> {
    return this.measurements.record(user, 'goal', id, dto);
  }

  @Get('benefits/:id/measurements')
  @Policy('initiative.read')
  benefitMeasurements(@CurrentUser() user: AuthUser, @Param('id', benefitId) id: string): Promise<Measurement[]> {
    return this.measurements.list(user, 'benefit', id);
  }

  @Post('benefits/:id/measurements')
  @Policy('measurement.record')
  recordOnBenefit(@CurrentUser() user: AuthUser, @Param('id', benefitId) id: string, @Body() dto: CreateMeasurementDto): Promise<Measurement> {
    return this.measurements.record(user, 'benefit', id, dto);
  }

  @Get('goals/:id/evaluation-points')
  @Policy('initiative.read')
  goalPoints(@CurrentUser() user: AuthUser, @Param('id', goalId) id: string): Promise<EvaluationPointView[]> {
    return this.points.list(user, 'goal', id);
  }

  @Post('goals/:id/evaluation-points')
  @Policy('goal.manage')
  addGoalPoint(@CurrentUser() user: AuthUser, @Param('id', goalId) id: string, @Body() dto: CreateEvaluationPointDto): Promise<EvaluationPointView[]> {
    return this.points.create(user, 'goal', id, dto);
  }

  @Post('goals/:id/evaluation-points/schedule')
  @Policy('goal.manage')
  scheduleGoal(@CurrentUser() user: AuthUser, @Param('id', goalId) id: string, @Body() dto: EvaluationScheduleDto): Promise<EvaluationPointView[]> {
    return this.points.schedule(user, 'goal', id, dto);
  }

  @Get('benefits/:id/evaluation-points')
  @Policy('initiative.read')
  benefitPoints(@CurrentUser() user: AuthUser, @Param('id', benefitId) id: string): Promise<EvaluationPointView[]> {
    return this.points.list(user, 'benefit', id);
  }

  @Post('benefits/:id/evaluation-points')
  @Policy('benefit.manage')
  addBenefitPoint(@CurrentUser() user: AuthUser, @Param('id', benefitId) id: string, @Body() dto: CreateEvaluationPointDto): Promise<EvaluationPointView[]> {
    return this.points.create(user, 'benefit', id, dto);
  }

  @Post('benefits/:id/evaluation-points/schedule')
  @Policy('benefit.manage')
  scheduleBenefit(@CurrentUser() user: AuthUser, @Param('id', benefitId) id: string, @Body() dto: EvaluationScheduleDto): Promise<EvaluationPointView[]> {
    return this.points.schedule(user, 'benefit', id, dto);
  }

  // goal.manage and benefit.manage grant the same roles; the service checks the one of the point's goal or benefit.
  @Patch('evaluation-points/:id')
  @Policy('benefit.manage')
  @ApiUnprocessableEntityResponse({ description: 'A measurement has fulfilled the point (INVALID_STATE)' })
  updatePoint(@CurrentUser() user: AuthUser, @Param('id', pointId) id: string, @Body() dto: UpdateEvaluationPointDto): Promise<EvaluationPointView> {
    return this.points.update(user, id, dto);
  }

  @Delete('evaluation-points/:id')
  @Policy('benefit.manage')
  @HttpCode(204)
  @ApiUnprocessableEntityResponse({ description: 'A measurement has fulfilled the point (INVALID_STATE)' })
  async removePoint(@CurrentUser() user: AuthUser, @Param('id', pointId) id: string): Promise<void> {
    await this.points.remove(user, id);
  }
}

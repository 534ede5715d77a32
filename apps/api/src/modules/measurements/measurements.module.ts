import { Module } from '@nestjs/common';
import { GoalsModule } from '../goals/goals.module';
import { EvaluationPointsService } from './evaluation-points.service';
import { MeasurementsController } from './measurements.controller';
import { MeasurementsService } from './measurements.service';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

@Module({
  imports: [GoalsModule],
  controllers: [MeasurementsController, ProgressController],
  providers: [MeasurementsService, EvaluationPointsService, ProgressService],
})
export class MeasurementsModule {}

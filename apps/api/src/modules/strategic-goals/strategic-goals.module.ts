import { Module } from '@nestjs/common';
import { StrategicGoalsController } from './strategic-goals.controller';
import { StrategicGoalsService } from './strategic-goals.service';

@Module({ controllers: [StrategicGoalsController], providers: [StrategicGoalsService] })
export class StrategicGoalsModule {}

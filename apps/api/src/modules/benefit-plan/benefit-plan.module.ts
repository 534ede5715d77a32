import { Module } from '@nestjs/common';
import { BenefitPlanController } from './benefit-plan.controller';
import { BenefitPlanService } from './benefit-plan.service';

@Module({ controllers: [BenefitPlanController], providers: [BenefitPlanService] })
export class BenefitPlanModule {}

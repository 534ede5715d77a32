import { Module } from '@nestjs/common';
import { BenefitTotalsController } from './benefit-totals.controller';
import { BenefitTotalsService } from './benefit-totals.service';

@Module({ controllers: [BenefitTotalsController], providers: [BenefitTotalsService] })
export class BenefitTotalsModule {}

import { Module } from '@nestjs/common';
import { BenefitMapModule } from '../benefit-map/benefit-map.module';
import { BusinessCaseModule } from '../business-case/business-case.module';
import { HealthCheckModule } from '../health-check/health-check.module';
import { BenefitCardController } from './benefit-card.controller';
import { BenefitCardLoader } from './benefit-card.loader';
import { BenefitCardService } from './benefit-card.service';
import { CardExtras } from './card-extras';
import { CardPdfRenderer } from './card-pdf';

/** The benefit card (gevinstrealiseringskort): one A4 page of PDF per initiative, alone or as a meeting pack. */
@Module({
  imports: [HealthCheckModule, BenefitMapModule, BusinessCaseModule],
  controllers: [BenefitCardController],
  providers: [BenefitCardLoader, BenefitCardService, CardExtras, CardPdfRenderer],
})
export class BenefitCardModule {}

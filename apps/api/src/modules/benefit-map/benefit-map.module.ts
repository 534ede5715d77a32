import { Module } from '@nestjs/common';
import { BenefitMapController } from './benefit-map.controller';
import { BenefitMapReader } from './benefit-map.reader';
import { BenefitMapService } from './benefit-map.service';

@Module({ controllers: [BenefitMapController], providers: [BenefitMapReader, BenefitMapService], exports: [BenefitMapReader] })
export class BenefitMapModule {}

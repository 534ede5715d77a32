import { Module } from '@nestjs/common';
import { BusinessCaseController } from './business-case.controller';
import { BusinessCaseService } from './business-case.service';

/** Exports its service: a gate decision freezes the case in the decision's transaction. */
@Module({ controllers: [BusinessCaseController], providers: [BusinessCaseService], exports: [BusinessCaseService] })
export class BusinessCaseModule {}

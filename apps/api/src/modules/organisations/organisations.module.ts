import { Module } from '@nestjs/common';
import { OrganisationController } from './organisation.controller';
import { OrganisationsService } from './organisations.service';

@Module({ controllers: [OrganisationController], providers: [OrganisationsService] })
export class OrganisationsModule {}

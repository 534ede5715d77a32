import { Module } from '@nestjs/common';
import { SteeringGroupsController } from './steering-groups.controller';
import { SteeringGroupsService } from './steering-groups.service';

@Module({ controllers: [SteeringGroupsController], providers: [SteeringGroupsService] })
export class SteeringGroupsModule {}

import { Module } from '@nestjs/common';
import { PortfolioReviewsController } from './portfolio-reviews.controller';
import { PortfolioReviewsService } from './portfolio-reviews.service';

@Module({ controllers: [PortfolioReviewsController], providers: [PortfolioReviewsService] })
export class PortfolioReviewsModule {}

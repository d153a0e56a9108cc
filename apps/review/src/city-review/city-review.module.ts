import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ExpertsModule } from '../experts/experts.module';
import { CityDecisionService } from './city-decision.service';
import { CityReviewQueryService } from './city-review-query.service';
import { CityReviewController } from './city-review.controller';
import { CityReviewRepository } from './city-review.repository';
import { PanelService } from './panel.service';
import { ScoringService } from './scoring.service';

@Module({
  imports: [CasesModule, ExpertsModule],
  controllers: [CityReviewController],
  providers: [
    CityReviewRepository,
    PanelService,
    ScoringService,
    CityDecisionService,
    CityReviewQueryService,
  ],
})
export class CityReviewModule {}

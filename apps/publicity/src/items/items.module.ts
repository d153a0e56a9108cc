import { Module } from '@nestjs/common';
import { CandidatesConsumer } from './candidates.consumer';
import { CandidatesRepository } from './candidates.repository';
import { ItemDecisionService } from './item-decision.service';
import { NoticeItemsRepository } from './notice-items.repository';

/** Candidates from the city review and the decision of published items (cleared / contested). */
@Module({
  controllers: [CandidatesConsumer],
  providers: [CandidatesRepository, NoticeItemsRepository, ItemDecisionService],
  exports: [CandidatesRepository, ItemDecisionService],
})
export class ItemsModule {}

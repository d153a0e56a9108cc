import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { ConsortiaConsumer } from './consortia.consumer';
import { ConsortiaRepository } from './consortia.repository';

/** The registry's consortia as this service knows them (review.consortium.registered / delisted). */
@Module({
  imports: [CyclesModule],
  controllers: [ConsortiaConsumer],
  providers: [ConsortiaRepository],
  exports: [ConsortiaRepository],
})
export class ConsortiaModule {}

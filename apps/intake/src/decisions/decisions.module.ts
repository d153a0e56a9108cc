import { Module } from '@nestjs/common';
import { ApplicationStoreModule } from '../applications/application-store.module';
import { DecisionsConsumer } from './decisions.consumer';
import { DecisionsService } from './decisions.service';

@Module({
  imports: [ApplicationStoreModule],
  controllers: [DecisionsConsumer],
  providers: [DecisionsService],
})
export class DecisionsModule {}

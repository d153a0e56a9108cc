import { Module } from '@nestjs/common';
import { ApplicationStoreModule } from '../applications/application-store.module';
import { ProcedureOutcomesConsumer } from './procedure-outcomes.consumer';
import { ProcedureOutcomesService } from './procedure-outcomes.service';

/** Records on the application what review and publicity decided (docs/SPEC.md §3.3–§3.6). */
@Module({
  imports: [ApplicationStoreModule],
  controllers: [ProcedureOutcomesConsumer],
  providers: [ProcedureOutcomesService],
})
export class ProcedureOutcomesModule {}

import { Module } from '@nestjs/common';
import { ApplicationStoreModule } from '../applications/application-store.module';
import { ApplicationsModule } from '../applications/applications.module';
import { CallsModule } from '../calls/calls.module';
import { CreditFindingStoreModule } from '../credit-findings/credit-finding-store.module';
import { SubmissionController } from './submission.controller';
import { SubmissionService } from './submission.service';
import { SubmissionStore } from './submission.store';

@Module({
  imports: [ApplicationStoreModule, ApplicationsModule, CallsModule, CreditFindingStoreModule],
  controllers: [SubmissionController],
  providers: [SubmissionService, SubmissionStore],
})
export class SubmissionModule {}

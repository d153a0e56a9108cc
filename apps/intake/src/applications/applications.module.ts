import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module';
import { ApplicationStoreModule } from './application-store.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [ApplicationStoreModule, CallsModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}

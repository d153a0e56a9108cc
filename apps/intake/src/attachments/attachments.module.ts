import { Module } from '@nestjs/common';
import { ApplicationStoreModule } from '../applications/application-store.module';
import { ApplicationsModule } from '../applications/applications.module';
import { INTAKE_CONFIG, type IntakeConfig } from '../infra/intake-config.schema';
import { BLOB_STORE } from '../infra/storage/blob-store';
import { LocalBlobStore } from '../infra/storage/local-blob-store.service';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

@Module({
  imports: [ApplicationStoreModule, ApplicationsModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    {
      provide: BLOB_STORE,
      inject: [INTAKE_CONFIG],
      useFactory: (config: IntakeConfig) => new LocalBlobStore(config.INTAKE_BLOB_DIR),
    },
  ],
})
export class AttachmentsModule {}

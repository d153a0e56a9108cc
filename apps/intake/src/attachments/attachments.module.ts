import { Module } from '@nestjs/common';
import { EvidenceStorageModule } from '@lz/evidence';
import { ApplicationStoreModule } from '../applications/application-store.module';
import { ApplicationsModule } from '../applications/applications.module';
import { loadIntakeConfig } from '../infra/intake-config.schema';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

@Module({})
export class AttachmentsModule {
  static forRoot(config = loadIntakeConfig()) {
    return {
      module: AttachmentsModule,
      imports: [
        ApplicationStoreModule,
        ApplicationsModule,
        EvidenceStorageModule.forRoot({ blobDir: config.INTAKE_BLOB_DIR }),
      ],
      controllers: [AttachmentsController],
      providers: [AttachmentsService],
    };
  }
}

import { Module } from '@nestjs/common';
import { AttachmentsRepository } from '../attachments/attachments.repository';
import { TimelineRepository } from '../timeline/timeline.repository';
import { ApplicationsRepository } from './applications.repository';

/**
 * The persistence of the application aggregate (application, revisions, attachments, timeline),
 * shared by the feature modules that act on it; no module here depends on another feature.
 */
@Module({
  providers: [ApplicationsRepository, AttachmentsRepository, TimelineRepository],
  exports: [ApplicationsRepository, AttachmentsRepository, TimelineRepository],
})
export class ApplicationStoreModule {}

import { Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';
import { InboxRepository } from './inbox.repository';
import { InboxService } from './inbox.service';

/** The in-app inbox: lists, unread count, read marks. */
@Module({
  controllers: [InboxController],
  providers: [InboxRepository, InboxService],
})
export class InboxModule {}

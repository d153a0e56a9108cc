import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ItemsModule } from '../items/items.module';
import { NoticeExpiryProcessor } from './notice-expiry.processor';
import { NoticesController } from './notices.controller';
import { NoticesRepository } from './notices.repository';
import { NoticesService } from './notices.service';
import { ProvisionalNoticesService } from './provisional-notices.service';

/** Notices: publication, public reading, expiry, provisional deadlines. */
@Module({
  imports: [CalendarModule, ItemsModule],
  controllers: [NoticesController],
  providers: [NoticesRepository, NoticesService, NoticeExpiryProcessor, ProvisionalNoticesService],
  exports: [NoticesRepository],
})
export class NoticesModule {}

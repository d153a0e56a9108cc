import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { NotificationsConsumer } from './notifications.consumer';
import { NotifyService } from './notify.service';
import { SubjectsRepository } from './subjects.repository';

/** The events of lz.events turned into inbox messages and deliveries. */
@Module({
  imports: [DeliveriesModule, PreferencesModule],
  controllers: [NotificationsConsumer],
  providers: [SubjectsRepository, NotifyService],
})
export class EventsModule {}

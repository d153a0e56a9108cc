import { Module } from '@nestjs/common';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';
import { MAIL_SENDER, SMS_SENDER } from './channel-sender';
import { DeliveryHealth } from './delivery.health';
import { DeliveryRelay } from './delivery-relay.service';
import { DeliveryRepository } from './delivery.repository';
import { mailSenderFor } from './mail-sender';
import { smsSenderFor } from './sms-sender';

/** E-mail and SMS: the pending deliveries, their relay and the senders the configuration chose. */
@Module({
  providers: [
    DeliveryRepository,
    DeliveryRelay,
    DeliveryHealth,
    {
      provide: MAIL_SENDER,
      inject: [NOTIFICATIONS_CONFIG],
      useFactory: (c: NotificationsConfig) => mailSenderFor(c),
    },
    {
      provide: SMS_SENDER,
      inject: [NOTIFICATIONS_CONFIG],
      useFactory: (c: NotificationsConfig) => smsSenderFor(c.SMS_PROVIDER),
    },
  ],
  exports: [DeliveryRepository, DeliveryRelay],
})
export class DeliveriesModule {}

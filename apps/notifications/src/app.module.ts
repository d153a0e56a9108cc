import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule, type PlatformConfig, type PlatformRuntime } from '@lz/platform';
import { EventsModule } from './events/events.module';
import { InboxModule } from './inbox/inbox.module';
import { PrismaService } from './infra/prisma/prisma.service';
import { NOTIFICATIONS } from './notifications.definition';
import {
  loadNotificationsConfig,
  NOTIFICATIONS_CONFIG,
  type NotificationsConfig,
} from './notifications.config';
import { PreferencesModule } from './preferences/preferences.module';

@Module({})
class NotificationsConfigModule {}

/**
 * The notifications service: the shared platform plus its own features. `notifications` is its own
 * configuration (SMTP, delivery back-off, SMS provider); by default it is read from the environment.
 */
@Module({})
export class AppModule {
  static forRoot(
    config: PlatformConfig,
    runtime: PlatformRuntime = {},
    notifications: NotificationsConfig = loadNotificationsConfig({}),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forService(NOTIFICATIONS, config, PrismaService, runtime),
        {
          module: NotificationsConfigModule,
          global: true,
          providers: [{ provide: NOTIFICATIONS_CONFIG, useValue: notifications }],
          exports: [NOTIFICATIONS_CONFIG],
        },
        EventsModule,
        InboxModule,
        PreferencesModule,
      ],
    };
  }
}

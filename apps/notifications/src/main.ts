import 'reflect-metadata';
import { loadConfigOrExit } from '@lz/http';
import { bootstrapService } from '@lz/platform';
import { AppModule } from './app.module';
import { NOTIFICATIONS } from './notifications.definition';
import { notificationsConfigSchema } from './notifications.config';

const notifications = loadConfigOrExit(notificationsConfigSchema);
void bootstrapService(NOTIFICATIONS, (config, runtime) => AppModule.forRoot(config, runtime, notifications));

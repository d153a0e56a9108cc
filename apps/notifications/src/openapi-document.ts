import 'reflect-metadata';
import { printOpenApiDocument } from '@lz/platform';
import { AppModule } from './app.module';
import { NOTIFICATIONS } from './notifications.definition';

/** Prints this service's OpenAPI document without starting it (`npm run api:generate`). */
printOpenApiDocument(NOTIFICATIONS, (config, runtime) => AppModule.forRoot(config, runtime));

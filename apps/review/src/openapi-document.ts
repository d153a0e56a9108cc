import 'reflect-metadata';
import { printOpenApiDocument } from '@lz/platform';
import { AppModule } from './app.module';
import { REVIEW } from './review.definition';

/** Prints this service's OpenAPI document without starting it (`npm run api:generate`). */
printOpenApiDocument(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));

import 'reflect-metadata';
import { printOpenApiDocument } from '@lz/platform';
import { AppModule } from './app.module';
import { EVALUATION } from './evaluation.definition';

/** Prints this service's OpenAPI document without starting it (`npm run api:generate`). */
printOpenApiDocument(EVALUATION, (config, runtime) => AppModule.forRoot(config, runtime));

import 'reflect-metadata';
import { printOpenApiDocument } from '@lz/platform';
import { AppModule } from './app.module';
import { PUBLICITY } from './publicity.definition';

/** Prints this service's OpenAPI document without starting it (`npm run api:generate`). */
printOpenApiDocument(PUBLICITY, (config, runtime) => AppModule.forRoot(config, runtime));

import 'reflect-metadata';
import { printOpenApiDocument } from '@lz/platform';
import { AppModule } from './app.module';
import { SUBSIDY } from './subsidy.definition';

/** Prints this service's OpenAPI document without starting it (`npm run api:generate`). */
printOpenApiDocument(SUBSIDY, (config, runtime) => AppModule.forRoot(config, runtime));

import 'reflect-metadata';
import { printOpenApiDocument } from '@lz/platform';
import { AppModule } from './app.module';
import { INTAKE } from './intake.definition';

/** Prints this service's OpenAPI document without starting it (`npm run api:generate`). */
printOpenApiDocument(INTAKE, (config, runtime) => AppModule.forRoot(config, runtime));

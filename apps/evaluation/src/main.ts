import 'reflect-metadata';
import { bootstrapService } from '@lz/platform';
import { AppModule } from './app.module';
import { EVALUATION } from './evaluation.definition';

void bootstrapService(EVALUATION, (config, runtime) => AppModule.forRoot(config, runtime));

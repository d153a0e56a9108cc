import 'reflect-metadata';
import { bootstrapService } from '@lz/platform';
import { AppModule } from './app.module';
import { REVIEW } from './review.definition';

void bootstrapService(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));

import 'reflect-metadata';
import { bootstrapService } from '@lz/platform';
import { AppModule } from './app.module';
import { PUBLICITY } from './publicity.definition';

void bootstrapService(PUBLICITY, (config, runtime) => AppModule.forRoot(config, runtime));

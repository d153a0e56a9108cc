import 'reflect-metadata';
import { bootstrapService } from '@lz/platform';
import { AppModule } from './app.module';
import { SUBSIDY } from './subsidy.definition';

void bootstrapService(SUBSIDY, (config, runtime) => AppModule.forRoot(config, runtime));

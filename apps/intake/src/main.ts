import 'reflect-metadata';
import { bootstrapService } from '@lz/platform';
import { AppModule } from './app.module';
import { INTAKE } from './intake.definition';

void bootstrapService(INTAKE, (config, runtime) => AppModule.forRoot(config, runtime));

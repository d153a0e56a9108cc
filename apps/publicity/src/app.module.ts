import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule, type PlatformConfig, type PlatformRuntime } from '@lz/platform';
import { CalendarModule } from './calendar/calendar.module';
import { PrismaService } from './infra/prisma/prisma.service';
import { ItemsModule } from './items/items.module';
import { NoticesModule } from './notices/notices.module';
import { ObjectionsModule } from './objections/objections.module';
import { PUBLICITY } from './publicity.definition';

/** The publicity service: the shared platform plus its own features. */
@Module({})
export class AppModule {
  static forRoot(config: PlatformConfig, runtime: PlatformRuntime = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forService(PUBLICITY, config, PrismaService, runtime),
        CalendarModule,
        ItemsModule,
        NoticesModule,
        ObjectionsModule,
      ],
    };
  }
}

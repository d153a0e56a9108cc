import { Module } from '@nestjs/common';
import { HealthController } from './health/health.controller';
import { PrismaModule } from './infra/prisma/prisma.module';

/** The review service (ARCHITECTURE.md "Services and what each owns"). */
@Module({
  imports: [PrismaModule],
  controllers: [HealthController],
})
export class AppModule {}

import { Module } from '@nestjs/common';
import { RegistryConsumer } from './registry.consumer';
import { RegistryRepository } from './registry.repository';

/** The registry's facts as this service keeps them: consortium status, lead, latest grade. */
@Module({
  controllers: [RegistryConsumer],
  providers: [RegistryRepository],
  exports: [RegistryRepository],
})
export class RegistryModule {}

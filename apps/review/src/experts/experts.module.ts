import { Module } from '@nestjs/common';
import { ExpertsController } from './experts.controller';
import { ExpertsRepository } from './experts.repository';
import { ExpertsService } from './experts.service';

@Module({
  controllers: [ExpertsController],
  providers: [ExpertsService, ExpertsRepository],
  exports: [ExpertsRepository],
})
export class ExpertsModule {}

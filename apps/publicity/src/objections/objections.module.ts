import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { ObjectionsController } from './objections.controller';
import { ObjectionsRepository } from './objections.repository';
import { ObjectionsService } from './objections.service';

/** Objections (异议): public filing with a rate limit, officers' resolution. */
@Module({
  imports: [ItemsModule],
  controllers: [ObjectionsController],
  providers: [ObjectionsRepository, ObjectionsService],
})
export class ObjectionsModule {}

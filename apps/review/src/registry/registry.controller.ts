import { Controller, Get } from '@nestjs/common';
import { Public } from '@lz/auth';
import { ApiOperation, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { entityIdSchema } from '@lz/policy';
import {
  consortiumSchema,
  registryPageSchema,
  registryQuerySchema,
  type RegistryQuery,
} from './registry.schema';
import { RegistryService } from './registry.service';

/** The public registry of filed consortia (入库名单): no login. */
@Controller('registry')
@Public()
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get()
  @ZodResponse(200, registryPageSchema)
  @ApiOperation({ zh: '创新联合体库(公开)', en: 'The public registry of filed consortia' })
  list(@ZodQuery(registryQuerySchema) q: RegistryQuery) {
    return this.registry.list(q);
  }

  @Get(':consortiumId')
  @ZodResponse(200, consortiumSchema)
  @ApiOperation({ zh: '查看入库的创新联合体', en: 'Read a filed consortium' })
  get(@ZodParam('consortiumId', entityIdSchema) id: string) {
    return this.registry.get(id);
  }
}

import { Controller, Get } from '@nestjs/common';
import { Public } from '@lz/auth';
import { shanghaiDateOf } from '@lz/calendar';
import { ApiOperation, ZodParam, ZodQuery, ZodResponse, listOrExport, printList } from '@lz/http';
import { entityIdSchema } from '@lz/policy';
import {
  consortiumSchema,
  registryPageSchema,
  registryQuerySchema,
  type RegistryQuery,
} from './registry.schema';
import { REGISTRY_EXPORT, registryPrintout } from './registry-export.constants';
import { RegistryService } from './registry.service';

/** The public registry of filed consortia (入库名单): no login. */
@Controller('registry')
@Public()
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get()
  @ZodResponse(200, registryPageSchema)
  @ApiOperation({
    zh: '创新联合体库(公开;format=xlsx|csv 导出,pdf 打印组建名单)',
    en: 'The public registry of filed consortia (format=xlsx|csv exports it, pdf prints the formation list)',
    exports: ['xlsx', 'csv', 'pdf'],
  })
  list(@ZodQuery(registryQuerySchema) q: RegistryQuery) {
    if (q.format === 'pdf') {
      return printList(registryPrintout(shanghaiDateOf(new Date())), (p) =>
        this.registry.list({ ...q, ...p }),
      );
    }
    return listOrExport(q, REGISTRY_EXPORT, (pq) => this.registry.list(pq));
  }

  @Get(':consortiumId')
  @ZodResponse(200, consortiumSchema)
  @ApiOperation({ zh: '查看入库的创新联合体', en: 'Read a filed consortium' })
  get(@ZodParam('consortiumId', entityIdSchema) id: string) {
    return this.registry.get(id);
  }
}

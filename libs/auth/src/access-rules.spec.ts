import { Controller, Get, Module, Post } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { MissingAccessRuleError } from './access-rules.service';
import { Public, Roles } from './auth.decorators';
import { AuthModule } from './auth.module';

@Controller('open')
@Public()
class OpenController {
  @Get()
  list() {
    return [];
  }
}

@Controller('mixed')
class MixedController {
  @Post()
  @Roles('officer')
  create() {
    return {};
  }

  @Get()
  forgotten() {
    return [];
  }
}

async function boot(controllers: Array<new () => unknown>) {
  @Module({ imports: [AuthModule.forRoot()], controllers })
  class M {}
  const ref = await Test.createTestingModule({ imports: [M] }).compile();
  const app = ref.createNestApplication(new FastifyAdapter(), { logger: false });
  return app;
}

describe('AccessRulesCheck', () => {
  it('boots when every route declares an access rule', async () => {
    const app = await boot([OpenController]);
    await expect(app.init()).resolves.toBe(app);
    await app.close();
  });

  it('fails the boot naming a route without @Roles or @Public', async () => {
    const app = await boot([OpenController, MixedController]);
    const err = await app.init().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingAccessRuleError);
    expect((err as Error).message).toContain('MixedController.forgotten');
    expect((err as Error).message).not.toContain('MixedController.create');
    expect((err as Error).message).toContain('@Public()');
    await app.close();
  });
});

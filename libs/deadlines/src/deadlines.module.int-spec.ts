import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DeadlineHandler } from './deadline-handler.decorator';
import { DeadlinesModule } from './deadlines.module';
import type { DeadlinesModuleOptions } from './deadlines.constants';
import { EffectHandlers, HarnessState, TEST_KINDS } from './test-support/deadlines-harness';

@Injectable()
class OnlyNotices {
  @DeadlineHandler('test.notice.expiry')
  async expire(): Promise<void> {
    await Promise.resolve();
  }
}

@Injectable()
class AlsoNotices {
  @DeadlineHandler('test.notice.expiry')
  async expireAgain(): Promise<void> {
    await Promise.resolve();
  }
}

@Injectable()
class Stray {
  @DeadlineHandler('test.unknown.kind')
  async stray(): Promise<void> {
    await Promise.resolve();
  }
}

const options: DeadlinesModuleOptions = {
  service: 'bootcheck',
  // Boot fails before anything touches Redis or Postgres, so neither is reachable here.
  redis: { url: 'redis://127.0.0.1:1', prefix: 'unused' },
  kinds: TEST_KINDS,
  transactionRunner: {
    transaction: () => Promise.reject(new Error('no database in this test')),
  },
};

async function boot(...providers: (new (...args: never[]) => unknown)[]): Promise<void> {
  const app = await Test.createTestingModule({
    imports: [DeadlinesModule.forRoot(options)],
    providers: [...providers, { provide: HarnessState, useValue: new HarnessState() }],
  }).compile();
  try {
    await app.init();
  } finally {
    await app.close();
  }
}

describe(DeadlinesModule.name, () => {
  it('fails to boot when a declared kind has no handler, naming the decorator to add', async () => {
    await expect(boot(OnlyNotices)).rejects.toThrow(
      /"test\.window\.open" has no handler: add a provider method decorated with @DeadlineHandler\('test\.window\.open'\)/,
    );
  });

  it('fails to boot when two handlers claim one kind', async () => {
    await expect(boot(EffectHandlers, AlsoNotices)).rejects.toThrow(
      /"test\.notice\.expiry" has 2 handlers \(EffectHandlers\.noticeExpired, AlsoNotices\.expireAgain\)/,
    );
  });

  it('fails to boot when a handler names an undeclared kind', async () => {
    await expect(boot(EffectHandlers, Stray)).rejects.toThrow(
      /Stray\.stray handles deadline kind "test\.unknown\.kind", which is not declared/,
    );
  });
});

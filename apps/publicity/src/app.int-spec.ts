import { expectServiceConventions, startTestService, type TestService } from '@lz/testing';
import { AppModule } from './app.module';
import { PUBLICITY } from './publicity.definition';

describe('publicity service', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService(PUBLICITY, (config, runtime) => AppModule.forRoot(config, runtime));
  });
  afterAll(() => svc.close());

  it('boots on its own database, vhost and Redis prefix, ready with Postgres, RabbitMQ and Redis', async () => {
    await expectServiceConventions(svc, 'publicity');
  });
});

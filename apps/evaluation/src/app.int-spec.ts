import { expectServiceConventions, startTestService, type TestService } from '@lz/testing';
import { AppModule } from './app.module';
import { EVALUATION } from './evaluation.definition';

describe('evaluation service', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService(EVALUATION, (config, runtime) => AppModule.forRoot(config, runtime));
  });
  afterAll(() => svc.close());

  it('boots on its own database, vhost and Redis prefix, ready with Postgres, RabbitMQ and Redis', async () => {
    await expectServiceConventions(svc, 'evaluation');
  });
});

import { expectServiceConventions, startTestService, type TestService } from '@lz/testing';
import { AppModule } from './app.module';
import { INTAKE } from './intake.definition';

describe('intake service', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService(INTAKE, (config, runtime) => AppModule.forRoot(config, runtime));
  });
  afterAll(() => svc.close());

  it('boots on its own database, vhost and Redis prefix, ready with Postgres, RabbitMQ and Redis', async () => {
    await expectServiceConventions(svc, 'intake');
  });
});

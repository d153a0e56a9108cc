import { expectServiceConventions, startTestService, type TestService } from '@lz/testing';
import { AppModule } from './app.module';
import { NOTIFICATIONS } from './notifications.definition';

describe('notifications service', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService(NOTIFICATIONS, (config, runtime) => AppModule.forRoot(config, runtime));
  });
  afterAll(() => svc.close());

  it('boots on its own database, vhost and Redis prefix, ready with Postgres, RabbitMQ and Redis', async () => {
    await expectServiceConventions(svc, 'notifications');
  });
});

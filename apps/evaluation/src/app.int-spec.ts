import { probeServiceConventions, startTestService, type TestService } from '@lz/testing';
import { AppModule } from './app.module';
import { EVALUATION } from './evaluation.definition';

describe('evaluation service', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService(EVALUATION, (config, runtime) => AppModule.forRoot(config, runtime));
  });
  afterAll(() => svc.close());

  it('boots on its own database, vhost and Redis prefix and is ready with Postgres, RabbitMQ and Redis', async () => {
    const seen = await probeServiceConventions(svc);
    expect(seen.live.status).toBe(200);
    expect(seen.ready).toMatchObject({
      status: 200,
      body: { checks: { postgres: { ok: true }, rabbitmq: { ok: true }, redis: { ok: true } } },
    });
    expect(seen.docs.body).toMatchObject({ openapi: expect.any(String), info: { title: 'evaluation' } });
    expect(seen.metrics).toContain('http_request');
    expect(seen.unknown.status).toBe(404);
    expect(seen.unknown.headers.get('content-type')).toContain('application/problem+json');
  });
});

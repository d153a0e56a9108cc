// This spec boots a real app with both kits, as a service would; importing @lz/auth from @lz/http
// is only done here (test code), the libs themselves stay independent.
import {
  AuthModule,
  CurrentPrincipal,
  DEV_JWT_SECRET,
  issueDevToken,
  Public,
  Roles,
  type Principal,
} from '@lz/auth';
import { Body, Controller, Get, Injectable, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT } from 'jose';
import { z } from 'zod';
import {
  createHttpApp,
  currentCorrelationId,
  HealthIndicatorProvider,
  HttpKitModule,
  StructuredLogger,
  ZodBody,
  ZodParam,
  ZodQuery,
  type HealthIndicator,
  type ProblemBody,
} from './index';

const memberSchema = z.strictObject({ uscc: z.string().length(18), name: z.string().min(1) });
const createSchema = z.strictObject({
  title: z.string().min(1).max(10),
  amountFen: z.number().int().nonnegative(),
  members: z.array(memberSchema).max(5),
});

@Controller('things')
class ThingsController {
  @Post()
  @Roles('officer', 'applicant')
  create(@ZodBody(createSchema) body: z.infer<typeof createSchema>, @CurrentPrincipal() p: Principal) {
    return { title: body.title, by: p.sub, correlationId: currentCorrelationId() };
  }

  @Get(':id')
  @Public()
  get(
    @ZodParam('id', z.uuid()) id: string,
    @ZodQuery(z.strictObject({ v: z.coerce.number().int().optional() })) q: { v?: number },
  ) {
    return { id, v: q.v };
  }

  @Post('raw')
  @Roles('officer')
  raw(@Body() body: unknown) {
    return body;
  }

  @Get('boom/now')
  @Public()
  boom(): never {
    throw new Error('secret database password leaked in message');
  }
}

@Injectable()
@HealthIndicatorProvider()
class FlakyIndicator implements HealthIndicator {
  name = 'flaky';
  ok = true;
  async check() {
    return this.ok ? { ok: true } : { ok: false, detail: 'connection refused' };
  }
}

@Module({
  imports: [HttpKitModule.forRoot({ serviceName: 'test-svc' }), AuthModule.forRoot()],
  controllers: [ThingsController],
  providers: [FlakyIndicator],
})
class TestAppModule {}

const PROBLEM = 'application/problem+json';
const secret = new TextEncoder().encode(DEV_JWT_SECRET);

describe(HttpKitModule.name, () => {
  let app: NestFastifyApplication;
  let base: string;
  let officer: string;
  const lines: string[] = [];

  beforeAll(async () => {
    app = await createHttpApp(TestAppModule, {
      serviceName: 'test-svc',
      bodyLimit: 4096,
      logger: new StructuredLogger('test-svc', undefined, (l) => lines.push(l)),
    });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    officer = await issueDevToken({ role: 'officer' });
  }, 30_000);
  afterAll(async () => {
    await app.close();
  }, 30_000);

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}`, ...headers },
      body,
    });
  const valid = JSON.stringify({ title: 'ok', amountFen: 1, members: [] });

  async function expectProblem(res: Response, status: number) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(PROBLEM);
    const body = (await res.json()) as ProblemBody & { stack?: unknown };
    expect(body).toEqual(
      expect.objectContaining({ type: expect.any(String), title: expect.any(String), status }),
    );
    expect(Array.isArray(body.errors)).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    return body;
  }

  it('accepts a valid body from an allowed role and carries the correlation id', async () => {
    const res = await post('/api/v1/things', valid, { 'x-correlation-id': 'corr-123' });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-correlation-id')).toBe('corr-123');
    expect(await res.json()).toEqual({ title: 'ok', by: 'dev-officer', correlationId: 'corr-123' });
    const line = lines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === 'request' && l.correlationId === 'corr-123');
    expect(line).toEqual(
      expect.objectContaining({
        method: 'POST',
        route: '/api/v1/things',
        status: 201,
        sub: 'dev-officer',
        role: 'officer',
      }),
    );
  });

  it('rejects a request without a token with 401 problem+json', async () => {
    const res = await post('/api/v1/things', valid, { authorization: '' });
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    await expectProblem(res, 401);
  });

  it('rejects a forged signature with 401', async () => {
    const forged = await new SignJWT({ sub: 'x', role: 'officer' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('lz-platform-dev')
      .setAudience('lz-platform')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    await expectProblem(await post('/api/v1/things', valid, { authorization: `Bearer ${forged}` }), 401);
  });

  it("rejects an 'alg: none' token with 401", async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', role: 'officer', iss: 'lz-platform-dev', aud: 'lz-platform', iat: now, exp: now + 600 })}.`;
    await expectProblem(await post('/api/v1/things', valid, { authorization: `Bearer ${none}` }), 401);
  });

  it('rejects an expired token with 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ sub: 'x', role: 'officer' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('lz-platform-dev')
      .setAudience('lz-platform')
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(secret);
    await expectProblem(await post('/api/v1/things', valid, { authorization: `Bearer ${expired}` }), 401);
  });

  it('rejects a token for another audience with 401', async () => {
    const other = await issueDevToken({ role: 'officer', audience: 'someone-else' });
    await expectProblem(await post('/api/v1/things', valid, { authorization: `Bearer ${other}` }), 401);
  });

  it('rejects a reviewer token without its jurisdiction claim with 401', async () => {
    const noScope = await new SignJWT({ sub: 'r', role: 'reviewer' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('lz-platform-dev')
      .setAudience('lz-platform')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secret);
    await expectProblem(await post('/api/v1/things', valid, { authorization: `Bearer ${noScope}` }), 401);
  });

  it('answers 403 to a valid token whose role the route does not allow', async () => {
    const expert = await issueDevToken({ role: 'expert' });
    await expectProblem(await post('/api/v1/things', valid, { authorization: `Bearer ${expert}` }), 403);
  });

  it('answers 400 to malformed JSON', async () => {
    const body = await expectProblem(await post('/api/v1/things', '{"title": '), 400);
    expect(body.errors[0].rule).toBe('input.malformed_json');
  });

  it('answers 400 naming the field and rule of a wrong type', async () => {
    const body = await expectProblem(
      await post(
        '/api/v1/things',
        JSON.stringify({ title: 'ok', amountFen: 'ten', members: [{ uscc: 'x', name: 'a' }] }),
      ),
      400,
    );
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'amountFen', rule: 'input.invalid_type' }),
        expect.objectContaining({ path: 'members[0].uscc', rule: 'input.too_small' }),
      ]),
    );
    for (const e of body.errors) expect(e.messageZh).toEqual(expect.any(String));
  });

  it('answers 400 naming an unknown field', async () => {
    const body = await expectProblem(
      await post('/api/v1/things', JSON.stringify({ title: 'ok', amountFen: 1, members: [], admin: true })),
      400,
    );
    expect(body.errors).toEqual([
      expect.objectContaining({ path: 'admin', rule: 'input.unrecognized_keys' }),
    ]);
  });

  it('validates path params and query with the same pipe', async () => {
    const bad = await expectProblem(await fetch(`${base}/api/v1/things/not-a-uuid`), 400);
    expect(bad.errors).toEqual([
      expect.objectContaining({ path: 'params.id', rule: 'input.invalid_format' }),
    ]);
    const badQuery = await expectProblem(
      await fetch(`${base}/api/v1/things/6f1c2a38-9a8b-4c57-8f5e-7d8f6a1b2c3d?v=x&extra=1`),
      400,
    );
    expect(badQuery.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.extra', 'query.v']);
    const ok = await fetch(`${base}/api/v1/things/6f1c2a38-9a8b-4c57-8f5e-7d8f6a1b2c3d?v=3`);
    expect(await ok.json()).toEqual({ id: '6f1c2a38-9a8b-4c57-8f5e-7d8f6a1b2c3d', v: 3 });
  });

  it('answers 413 to an oversize body', async () => {
    const big = JSON.stringify({ title: 'x', amountFen: 1, members: [], pad: 'x'.repeat(10_000) });
    const body = await expectProblem(await post('/api/v1/things', big), 413);
    expect(body.errors[0].rule).toBe('input.body_too_large');
  });

  it('answers 415 to a body that is not JSON', async () => {
    const body = await expectProblem(
      await post('/api/v1/things/raw', 'hello', { 'content-type': 'text/csv' }),
      415,
    );
    expect(body.errors[0].rule).toBe('input.unsupported_media_type');
  });

  it('answers 500 with a generic body to an unexpected error, leaking nothing', async () => {
    const res = await fetch(`${base}/api/v1/things/boom/now`);
    const body = await expectProblem(res, 500);
    expect(JSON.stringify(body)).not.toContain('password');
    expect(body.stack).toBeUndefined();
    expect(lines.some((l) => l.includes('secret database password') && l.includes('"level":"error"'))).toBe(
      true,
    );
  });

  it('answers 404 problem+json for an unknown route', async () => {
    await expectProblem(await fetch(`${base}/api/v1/nowhere`), 404);
  });

  it('serves /health/live and reports a failing indicator on /health/ready with 503', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    app.get(FlakyIndicator).ok = false;
    const body = await expectProblem(await fetch(`${base}/health/ready`), 503);
    expect(body.errors).toEqual([expect.objectContaining({ path: 'flaky', message: 'connection refused' })]);
    app.get(FlakyIndicator).ok = true;
  });

  it('serves Prometheus metrics with the request histogram', async () => {
    await fetch(`${base}/health/live`);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('http_request_duration_seconds_bucket');
    expect(text).toMatch(/route="\/health\/live"/);
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('documents the routes with their zod schemas at /docs-json and /docs', async () => {
    const doc: unknown = await (await fetch(`${base}/docs-json`)).json();
    expect(doc).toMatchObject({
      openapi: '3.1.0',
      paths: {
        '/api/v1/things': {
          post: {
            'x-roles': ['officer', 'applicant'],
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    additionalProperties: false,
                    properties: { members: { type: 'array', items: { required: ['uscc', 'name'] } } },
                  },
                },
              },
            },
          },
        },
        '/api/v1/things/{id}': {
          get: {
            security: [],
            parameters: expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path' })]),
          },
        },
        '/health/ready': { get: expect.any(Object) },
      },
    });
    const page = await fetch(`${base}/docs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    // No inline script may run on it (the gateway's CSP, and the page's own).
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.map((src) => src.split('?')[0])).toEqual([
      '/docs/swagger-ui-bundle.js',
      '/docs/docs-init.js',
    ]);
    for (const src of [...scripts, '/docs/swagger-ui.css']) {
      const res = await fetch(`${base}${src}`);
      expect({ src, status: res.status }).toEqual({ src, status: 200 });
      expect(res.headers.get('content-type')).toMatch(/javascript|css/);
    }
    const bundle = await (await fetch(`${base}/docs/swagger-ui-bundle.js`)).text();
    expect(bundle).toContain('SwaggerUIBundle');
    expect(html).toContain('data-spec-url="/docs-json"');
    await expectProblem(await fetch(`${base}/docs/secrets.json`), 404);
  });
});

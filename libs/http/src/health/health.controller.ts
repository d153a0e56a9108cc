import { randomUUID } from 'node:crypto';
import { Controller, Get, Header, Inject } from '@nestjs/common';
import { HTTP_KIT_OPTIONS, PublicRoute, type HttpKitOptions } from '../http.constants';
import { ApiOperation } from '../openapi/api-operation.decorator';
import { ProblemException } from '../problem/problem.exception';
import { HealthRegistry, type HealthCheckResult } from './health.registry';

/**
 * Which process answers: `LZ_INSTANCE_ID` when whoever started it set one (the e2e harness, to tell
 * its own process from another that took the port first), else one id per process start.
 */
export const INSTANCE_HEADER = 'x-lz-instance';
const INSTANCE = process.env['LZ_INSTANCE_ID'] ?? randomUUID();

@Controller('health')
@PublicRoute()
export class HealthController {
  constructor(
    private readonly registry: HealthRegistry,
    @Inject(HTTP_KIT_OPTIONS) private readonly options: HttpKitOptions,
  ) {}

  /** 200 whenever the process answers. */
  @Get('live')
  @Header(INSTANCE_HEADER, INSTANCE)
  @ApiOperation({ zh: '存活检查', en: 'Liveness: the process answers' })
  live(): { status: 'ok'; service: string } {
    return { status: 'ok', service: this.options.serviceName };
  }

  /**
   * 200 when every indicator passes — `status: 'degraded'` naming the indicators that warn (a
   * dependency the service absorbs is away, dead letters wait) — else 503 naming the failing ones.
   */
  @Get('ready')
  @Header(INSTANCE_HEADER, INSTANCE)
  @ApiOperation({
    zh: '就绪检查(数据库、消息队列、Redis、死信)',
    en: 'Readiness: database, RabbitMQ, Redis and dead letters',
    errors: [503],
  })
  async ready(): Promise<{
    status: 'ok' | 'degraded';
    service: string;
    degraded: string[];
    checks: Record<string, HealthCheckResult>;
  }> {
    const { ok, degraded, checks } = await this.registry.checkAll();
    if (ok) {
      const status = degraded.length > 0 ? 'degraded' : 'ok';
      return { status, service: this.options.serviceName, degraded, checks };
    }
    const failed = Object.entries(checks).filter(([, r]) => !r.ok);
    throw new ProblemException('unavailable', {
      detail: `Not ready: ${failed.map(([n]) => n).join(', ')}`,
      errors: failed.map(([name, r]) => ({
        rule: 'health.check_failed',
        path: name,
        message: r.detail ?? 'check failed',
        messageZh: `依赖检查未通过：${name}`,
      })),
    });
  }
}

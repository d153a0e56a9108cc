import { Controller, Get } from '@nestjs/common';

/** Liveness only; readiness (/health/ready) comes with the http kit. */
@Controller('health')
export class HealthController {
  @Get('live')
  live(): { status: 'ok'; service: string } {
    return { status: 'ok', service: 'subsidy' };
  }
}

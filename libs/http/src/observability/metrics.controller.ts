import { Controller, Get, Header } from '@nestjs/common';
import { PublicRoute } from '../http.constants';
import { ApiOperation } from '../openapi/api-operation.decorator';
import { MetricsService } from './metrics.service';

@Controller('metrics')
@PublicRoute()
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @ApiOperation({ zh: 'Prometheus 指标', en: 'Prometheus metrics' })
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

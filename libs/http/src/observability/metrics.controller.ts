import { Controller, Get, Header } from '@nestjs/common';
import { PublicRoute } from '../http.constants';
import { MetricsService } from './metrics.service';

@Controller('metrics')
@PublicRoute()
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

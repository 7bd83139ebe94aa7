import { Controller, Get, Header, type Type } from '@nestjs/common';

/** What `GET /metrics` reads: a prom-client `Registry` fits (the kit does not depend on prom-client). */
export interface MetricsSource {
  /** The Prometheus text exposition of every registered metric. */
  metrics(): Promise<string>;
}

/**
 * A controller serving `GET /metrics` in Prometheus text format from `source`. Open like /health:
 * the router-trust middleware lets `/metrics` by (scraped from inside the network, never routed).
 *
 * @example controllers: [metricsController(registry)]
 */
export function metricsController(source: MetricsSource): Type<unknown> {
  @Controller('metrics')
  class MetricsController {
    @Get()
    @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
    metrics(): Promise<string> {
      return source.metrics();
    }
  }
  return MetricsController;
}

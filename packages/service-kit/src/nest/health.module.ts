import { type DynamicModule, Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { READINESS_CHECK, type ReadinessCheck } from './readiness.js';

@Module({})
export class HealthModule {
  /** `readiness` is called on every /health/ready probe. */
  static register(readiness: ReadinessCheck): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [{ provide: READINESS_CHECK, useValue: readiness }],
    };
  }
}

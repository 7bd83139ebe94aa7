import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { READINESS_CHECK, type ReadinessCheck } from './readiness.js';

/** Liveness says the process runs; readiness says it can serve (its store answers). */
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECK) private readonly checkReadiness: ReadinessCheck) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok' }> {
    try {
      await this.checkReadiness();
      return { status: 'ok' };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new HttpException({ status: 'unavailable', reason }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}

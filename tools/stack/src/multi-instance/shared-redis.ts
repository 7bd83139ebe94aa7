import type { StoreChoice } from '../infrastructure/choice.js';
import { StackStartError } from '../stack/running-stack.js';

/**
 * Several routers spend one budget only through a shared Redis; without one each would keep
 * buckets of its own (N routers, N budgets). Refused, rather than started wrong.
 */
export function requireSharedRedis(routers: number, redis: StoreChoice): void {
  if (routers > 1 && !redis.url) {
    throw new StackStartError(
      `Several routers need a shared Redis for one rate-limit budget; Redis: ${redis.description}. ` +
        'Set REDIS_URL or start one on 127.0.0.1:6379.',
    );
  }
}

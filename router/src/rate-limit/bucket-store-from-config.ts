import type { Logger } from '@packyourbag/service-kit';
import { Redis } from 'ioredis';
import type { RateLimitConfig } from '../config.js';
import type { BucketStore } from './bucket-store.js';
import { createMemoryBucketStore } from './memory-store.js';
import { createRedisBucketStore } from './redis-store.js';

export interface BucketStoreFromConfigOptions {
  logger: Logger;
  /**
   * The in-memory store's clock, in milliseconds. Ignored with Redis (the script uses Redis's clock).
   * @default Date.now
   */
  now?: () => number;
}

/**
 * Redis when REDIS_URL is set (one budget across router instances), else this process's memory.
 * Commands fail fast instead of queueing while Redis is away, so the fail mode decides at once.
 */
export async function createBucketStoreFromConfig(
  config: RateLimitConfig,
  { logger, now }: BucketStoreFromConfigOptions,
): Promise<BucketStore> {
  const shape = { capacity: config.capacity, restorePerSecond: config.restorePerSecond };
  if (!config.redisUrl) return createMemoryBucketStore({ ...shape, ...(now ? { now } : {}) });
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2000,
  });
  redis.on('error', (error: unknown) => logger.debug({ err: error }, 'redis connection error'));
  await redis
    .connect()
    .catch((error: unknown) =>
      logger.warn(
        { err: error },
        'rate-limit Redis unreachable at start-up; the fail mode applies until it is back',
      ),
    );
  return createRedisBucketStore({ ...shape, redis, keyPrefix: config.keyPrefix });
}

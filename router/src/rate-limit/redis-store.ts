import type { Redis } from 'ioredis';
import type { BucketShape, BucketStore } from './bucket-store.js';

/**
 * The token bucket as one Lua script, so a charge is atomic across every router sharing the Redis:
 * refill for the time elapsed (Redis's own clock, so routers with skewed clocks agree), take or
 * give back points, store, and expire the key once it would be full anyway.
 * KEYS[1] bucket; ARGV capacity, points per ms, cost (negative: refund), ttl ms.
 * Returns { allowed (0/1), remaining (string: Lua numbers would be truncated), retryAfterMs }.
 */
export const TOKEN_BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local ttl = tonumber(ARGV[4])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
local allowed = 1
local retry = 0
if cost >= 0 then
  if cost <= tokens then
    tokens = tokens - cost
  else
    allowed = 0
    retry = math.ceil((cost - tokens) / per_ms)
  end
else
  tokens = math.min(capacity, tokens - cost)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], ttl)
return { allowed, tostring(tokens), retry }
`;

type ScriptReply = [number, string, number];

interface RedisWithBucket extends Redis {
  tokenBucket(
    key: string,
    capacity: number,
    perMs: number,
    cost: number,
    ttlMs: number,
  ): Promise<ScriptReply>;
}

export interface RedisBucketStoreOptions extends BucketShape {
  /** A connected ioredis client; the store defines its script on it and quits it on close. */
  redis: Redis;
  /** Prefix of every key, e.g. `pyb:ratelimit:`. */
  keyPrefix: string;
}

/**
 * Buckets in Redis, shared by every router instance. ioredis's `defineCommand` sends the script by
 * its SHA (EVALSHA) and falls back to EVAL when Redis does not know it yet (NOSCRIPT).
 */
export function createRedisBucketStore(options: RedisBucketStoreOptions): BucketStore {
  const redis = options.redis as RedisWithBucket;
  redis.defineCommand('tokenBucket', { numberOfKeys: 1, lua: TOKEN_BUCKET_SCRIPT });
  const perMs = options.restorePerSecond / 1000;
  // A bucket untouched for this long is full again; one more second covers rounding.
  const ttlMs = Math.ceil(options.capacity / perMs) + 1000;

  return {
    async apply(key, cost) {
      const [allowed, remaining, retryAfterMs] = await redis.tokenBucket(
        options.keyPrefix + key,
        options.capacity,
        perMs,
        cost,
        ttlMs,
      );
      return { allowed: allowed === 1, remaining: Number(remaining), retryAfterMs: Number(retryAfterMs) };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

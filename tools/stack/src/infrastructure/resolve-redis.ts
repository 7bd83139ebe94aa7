import { nothingToStop, redactUrl, type StoreChoice } from './choice.js';
import { probeRedis } from './probe-redis.js';

export interface ResolveRedisOptions {
  /** REDIS_URL; used as given when set. */
  configuredUrl?: string;
  /** @default '127.0.0.1' */
  localHost?: string;
  /** @default 6379 */
  localPort?: number;
  /** Skip REDIS_URL and the local server: none. @default false */
  embeddedOnly?: boolean;
}

/**
 * REDIS_URL if set, else the local server if it answers PING, else none: the router then keeps
 * rate-limit state in its own memory, which is right for one instance.
 */
export async function resolveRedis(options: ResolveRedisOptions = {}): Promise<StoreChoice> {
  if (options.embeddedOnly) {
    return {
      source: 'none',
      url: undefined,
      description: 'none (embedded stores requested); the router keeps rate-limit state in memory',
      stop: nothingToStop,
    };
  }
  if (options.configuredUrl) {
    return {
      source: 'environment',
      url: options.configuredUrl,
      description: `REDIS_URL ${redactUrl(options.configuredUrl)}`,
      stop: nothingToStop,
    };
  }
  const host = options.localHost ?? '127.0.0.1';
  const port = options.localPort ?? 6379;
  const probe = await probeRedis(host, port);
  if (probe.ok) {
    const url = `redis://${host}:${port}`;
    return { source: 'local server', url, description: `local server ${url}`, stop: nothingToStop };
  }
  return {
    source: 'none',
    url: undefined,
    description: `none (no server at ${host}:${port}: ${probe.reason}); the router keeps rate-limit state in memory`,
    stop: nothingToStop,
  };
}

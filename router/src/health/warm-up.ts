import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger, WarmUpSettings } from '@packyourbag/service-kit';

/** Marks the router's own warm-up requests; its value is a secret that never leaves the process. */
export const WARM_UP_HEADER = 'x-router-warm-up';

/**
 * The client address warm-up requests are charged to: not an IP, so no outside caller shares its
 * rate-limit bucket (`ip:warm-up`), and a subgraph ignores it as a forwarded address.
 */
export const WARM_UP_CLIENT = 'warm-up';

/** Reads that need no token and reach a subgraph: packing answers NOT_FOUND from one indexed lookup. */
const SHARED_READS = [
  'query WarmUpSharedList($token: String!) { sharedList(token: $token) { name description entries { quantity } } }',
  'query WarmUpSharedPack($token: String!) { sharedPack(token: $token) { name description entries { quantity } } }',
];

/** How many warm-up requests are in flight at once: enough to open a few keep-alive sockets. */
const CONCURRENCY = 4;

export interface RouterWarmUp {
  /** True once the warm-up ran (or when it is off). */
  done(): boolean;
  /** Starts the warm-up against the router's GraphQL URL, once; later calls do nothing. */
  start(): void;
  /** Whether a request is one of the warm-up's own (checked in constant time; false once done). */
  isWarmUpRequest(request: IncomingMessage): boolean;
}

/**
 * Warms the router before it reports ready (decision 1495): a few hundred anonymous shared-link
 * reads for random tokens sent to its own GraphQL endpoint over loopback, so HTTP handling, the
 * Apollo pipeline and plugins, query planning, the signed fetcher and its keep-alive sockets are
 * compiled and open before traffic comes. Nothing is written; the rate-limit charge goes to a
 * bucket of its own. Bounded by a time budget and a number of requests.
 */
export function createRouterWarmUp(options: {
  settings: WarmUpSettings;
  url: () => string;
  logger: Logger;
}): RouterWarmUp {
  const { settings, logger } = options;
  const marker = randomBytes(32).toString('base64url');
  const markerBytes = Buffer.from(marker);
  let state: 'pending' | 'running' | 'done' = settings.enabled ? 'pending' : 'done';

  const run = async () => {
    const startedAt = performance.now();
    const deadline = startedAt + settings.budgetMs;
    let sent = 0;
    const worker = async () => {
      while (sent < settings.rounds && performance.now() < deadline) {
        const query = SHARED_READS[sent % SHARED_READS.length]!;
        sent += 1;
        const response = await fetch(options.url(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [WARM_UP_HEADER]: marker },
          body: JSON.stringify({ query, variables: { token: randomUUID() } }),
        });
        await response.arrayBuffer();
      }
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    } catch (error) {
      logger.warn({ err: error }, 'warm-up stopped early');
    } finally {
      state = 'done';
      logger.info({ requests: sent, ms: Math.round(performance.now() - startedAt) }, 'warmed up');
    }
  };

  return {
    done: () => state === 'done',
    start() {
      if (state !== 'pending') return;
      state = 'running';
      void run();
    },
    isWarmUpRequest(request) {
      if (state !== 'running') return false;
      const value = request.headers[WARM_UP_HEADER];
      if (typeof value !== 'string') return false;
      const bytes = Buffer.from(value);
      return bytes.length === markerBytes.length && timingSafeEqual(bytes, markerBytes);
    },
  };
}

import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import { ALL_SCOPES, type Caller } from '../caller/caller.js';
import type { WarmUpSettings } from '../config/warm-up-settings.js';
import type { Logger } from '../logging/logger.js';
import type { NestApolloEndpoint } from './nest-apollo-endpoint.js';
import { signRouterProof } from '../router-proof/router-proof.js';

/** One read-only operation a subgraph runs to warm its per-request path. */
export interface WarmUpOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/** A subgraph's representative reads, for a user id that owns nothing (no mutations). */
export type WarmUpOperations = (userId: string) => readonly WarmUpOperation[];

export interface SubgraphWarmUp {
  /** Answers /health/ready with 503 until the warm-up is over; liveness is untouched. */
  holdReadiness(request: Request, response: Response, next: NextFunction): void;
  /** Runs the warm-up once the app listens at `url`; never rejects. */
  run(endpoint: NestApolloEndpoint, url: string): Promise<void>;
}

/**
 * Warms a subgraph before it reports ready (decision 1495): each round runs one of its
 * representative reads in process as a synthetic caller whose fresh random user id owns nothing (so
 * every read is empty and nothing is written), compiling resolvers, execution and the store client,
 * and sends the same read to itself over loopback, signed with the router secret but with no token,
 * compiling the HTTP and trust-check path. Bounded by a time budget and a number of rounds.
 */
export function createSubgraphWarmUp(options: {
  operations: WarmUpOperations | undefined;
  settings: WarmUpSettings;
  routerSecret: string;
  logger: Logger;
}): SubgraphWarmUp {
  const { operations, settings, logger } = options;
  let warming = settings.enabled && operations !== undefined;

  return {
    holdReadiness(request, response, next) {
      if (!warming || request.path !== '/health/ready') return next();
      response.status(503).json({ status: 'unavailable', reason: 'warming up' });
    },
    async run(endpoint, url) {
      if (!warming || !operations) return;
      const startedAt = performance.now();
      const deadline = startedAt + settings.budgetMs;
      const userId = randomUUID();
      const reads = operations(userId);
      const counts = { inProcess: 0, loopback: 0 };
      try {
        // The context function wants the response too; nothing in process writes to it.
        const res = new ServerResponse(new IncomingMessage(new Socket()));
        const log = logger.child({ warmUp: true });
        const caller: Caller = {
          userId,
          tokenId: randomUUID(),
          scopes: new Set(ALL_SCOPES),
          kind: 'session',
        };
        // Both halves each round, so that a short budget on a busy machine still warms both paths.
        for (let round = 0; round < settings.rounds && performance.now() < deadline; round += 1) {
          const read = reads[round % reads.length]!;
          const req = { caller, requestId: `warm-up-${round}`, log };
          const contextValue = await endpoint.context({ req, res });
          await endpoint.apollo.executeOperation(read, { contextValue });
          counts.inProcess += 1;
          const body = JSON.stringify(read);
          const response = await fetch(`${url}${endpoint.path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...signRouterProof(options.routerSecret, body) },
            body,
          });
          await response.arrayBuffer();
          counts.loopback += 1;
        }
      } catch (error) {
        logger.warn({ err: error }, 'warm-up stopped early');
      } finally {
        warming = false;
        logger.info({ ...counts, ms: Math.round(performance.now() - startedAt) }, 'warmed up');
      }
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@packyourbag/service-kit';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { RouterContext } from '../../context.js';
import { RouterErrorCode } from '../../errors/router-error-code.js';
import { principalOf } from '../../rate-limit/principal.js';
import type { RateLimiter } from '../../rate-limit/rate-limiter.js';
import { actualCost } from './actual-cost.js';
import type { CostDirectives } from './cost-directives.js';
import { createCachedCostEstimator } from './cost-estimator.js';
import { SlicingArgumentError } from './estimate-cost.js';
import { rateLimitHeaders } from './rate-limit-headers.js';
import type { CostInput } from './selection-context.js';

/** What every response carries in `extensions.cost` (Shopify's shape). */
export interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number;
  /** Null when rate limiting is off or its store failed. */
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } | null;
}

export interface DemandControlPluginOptions {
  /** The current supergraph's `@cost`/`@listSize`; read per request so a reload takes effect. */
  directives: () => CostDirectives;
  /**
   * Largest estimated cost served; above it the operation is refused before any subgraph call.
   * @default 1000
   */
  maxCost?: number;
  /**
   * Assumed length of a list field that has no `@listSize` (or whose slicing argument is absent).
   * @default 10
   */
  defaultListSize?: number;
  /**
   * Distinct estimates cached (document + operation + variables that change the estimate).
   * @default 2000
   */
  cacheSize?: number;
  /**
   * Charges the estimate before execution and refunds estimate − actual as the response is sent
   * (not awaited); absent: no limits.
   * @default none
   */
  rateLimiter?: RateLimiter;
  /** Told the estimated and actual cost of every executed operation (metrics). */
  onCost?: (estimated: number, actual: number) => void;
  /** Told about every throttled request (metrics). */
  onThrottled?: () => void;
}

function fragmentsOf(definitions: readonly { kind: string }[]): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments[fragment.name.value] = fragment;
    }
  }
  return fragments;
}

/**
 * Demand control and cost-based rate limiting, after the document is validated and before it is
 * planned: the static cost (cached per document) is checked against the maximum, then charged to
 * the caller's bucket; after execution the actual cost is computed from the response and the
 * difference refunded off the response's path (one store round trip per request, not two). Every
 * response reports both costs and the bucket — as of the charge, plus the refund — in
 * `extensions.cost` and in RateLimit headers; a throttled call gets HTTP 429 and Retry-After, and nothing is executed.
 */
export function createDemandControlPlugin(
  options: DemandControlPluginOptions,
): ApolloServerPlugin<RouterContext> {
  const maxCost = options.maxCost ?? 1000;
  const limiter = options.rateLimiter;
  const estimate = createCachedCostEstimator({
    defaultListSize: options.defaultListSize ?? 10,
    cacheSize: options.cacheSize ?? 2000,
  });

  return {
    async requestDidStart() {
      let requested = 0;
      let costInput: CostInput | undefined;
      /** Points left after the charge; undefined until charged (or when the store failed). */
      let remaining: number | undefined;
      let charged = false;
      /** Seconds until a throttled request could be served. */
      let retryAfter: number | undefined;

      return {
        async didResolveOperation({ schema, operation, document, request, queryHash, contextValue }) {
          if (!operation) return;
          costInput = {
            schema,
            directives: options.directives(),
            operation,
            fragments: fragmentsOf(document.definitions),
            variables: request.variables ?? {},
          };
          try {
            requested = estimate(costInput, `${queryHash}\u0000${operation.name?.value ?? ''}`);
          } catch (error) {
            if (!(error instanceof SlicingArgumentError)) throw error;
            costInput = undefined;
            throw new GraphQLError(error.message, {
              extensions: {
                code: RouterErrorCode.SlicingArgumentRequired,
                path: error.path,
                slicingArguments: error.slicingArguments,
                http: { status: 400 },
              },
            });
          }
          if (requested > maxCost) {
            costInput = undefined;
            throw new GraphQLError(
              `The operation's estimated cost ${requested} is above the maximum of ${maxCost}. Ask for fewer items (first) or fewer fields.`,
              {
                extensions: {
                  code: RouterErrorCode.CostEstimatedTooExpensive,
                  cost: { estimated: requested, max: maxCost },
                  http: { status: 400 },
                },
              },
            );
          }
          if (!limiter) return;
          const result = await limiter.charge(
            principalOf(contextValue.caller, contextValue.clientIp),
            requested,
          );
          if (result.kind === 'charged') {
            charged = true;
            remaining = result.remaining;
            return;
          }
          costInput = undefined;
          if (result.kind === 'unavailable') {
            if (result.allowed) return;
            throw new GraphQLError(
              'Rate limiting is unavailable; the request was not run. Try again shortly.',
              {
                extensions: { code: RouterErrorCode.RateLimitUnavailable, http: { status: 503 } },
              },
            );
          }
          remaining = result.remaining;
          options.onThrottled?.();
          retryAfter = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
          throw new GraphQLError(
            `Rate limited: this operation costs ${requested} points and ${Math.floor(result.remaining)} are available. Retry after ${retryAfter} s.`,
            {
              extensions: {
                code: ErrorCode.Throttled,
                retryAfter,
                http: { status: 429 }, // Retry-After is set in willSendResponse
              },
            },
          );
        },

        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const actual = costInput && retryAfter === undefined ? actualCost(costInput, result.data) : 0;
          if (costInput) options.onCost?.(requested, actual);
          if (limiter) {
            const principal = principalOf(contextValue.caller, contextValue.clientIp);
            const refund = charged ? Math.max(0, requested - actual) : 0;
            if (charged && refund > 0 && remaining !== undefined) {
              // Sent, not awaited: its command is on the store's connection before the response's
              // first byte, and Redis runs one connection's commands in order, so this router's next
              // charge always sees it (another router's, once it has crossed loopback). The balance
              // reported is the charge's answer plus the refund (docs/decisions/1460).
              void limiter.refund(principal, refund);
              remaining = Math.min(limiter.capacity, remaining + refund);
            } else if (!charged && remaining === undefined) {
              // Never charged (refused earlier, or the store failed): read the balance with a zero charge.
              const read = await limiter.charge(principal, 0);
              remaining = read.kind === 'unavailable' ? undefined : read.remaining;
            }
          }
          const cost: CostExtension = {
            requestedQueryCost: requested,
            actualQueryCost: actual,
            throttleStatus:
              limiter && remaining !== undefined
                ? {
                    maximumAvailable: limiter.capacity,
                    currentlyAvailable: Math.floor(remaining),
                    restoreRate: limiter.restorePerSecond,
                  }
                : null,
          };
          result.extensions = { ...result.extensions, cost };
          if (retryAfter !== undefined) response.http.headers.set('retry-after', String(retryAfter));
          if (limiter && remaining !== undefined) {
            for (const [name, value] of rateLimitHeaders(limiter, remaining))
              response.http.headers.set(name, value);
          }
        },
      };
    },
  };
}

/**
 * Hive Gateway as the benchmark's peer, in its own process: the same supergraph (with the stack's
 * subgraph URLs), the caller's Authorization propagated, and the router proof signed over each
 * subgraph request body so our subgraphs answer it exactly as they answer our router.
 * HIVE_DEDUPLICATION=false turns off what Hive does by default: identical subgraph queries in flight
 * share one call (`deduplicateInflightRequests` of @graphql-tools/executor-http).
 * Environment: HIVE_SUPERGRAPH_PATH, HIVE_PORT, ROUTER_SECRET, HIVE_DEDUPLICATION (true). Prints
 * "ready" when listening.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { envReader, signRouterProof } from '@packyourbag/service-kit';

const env = envReader();
const secret = env.string('ROUTER_SECRET');

const signRouterProofPlugin: GatewayPlugin = {
  onFetch({ options, setOptions }) {
    const body = typeof options.body === 'string' ? options.body : '';
    setOptions({
      ...options,
      headers: { ...(options.headers as Record<string, string>), ...signRouterProof(secret, body) },
    });
  },
};

const gateway = createGatewayRuntime({
  supergraph: env.string('HIVE_SUPERGRAPH_PATH'),
  logging: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
  plugins: () => [signRouterProofPlugin],
  ...(env.bool('HIVE_DEDUPLICATION', true)
    ? {}
    : { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }),
});

const server = createServer(gateway);
server.listen(env.int('HIVE_PORT'), '127.0.0.1', () => console.log('ready'));
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

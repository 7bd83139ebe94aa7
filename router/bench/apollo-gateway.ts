/**
 * Bare `@apollo/gateway` as the many-user benchmark's second peer, in its own process: Apollo Server
 * with an ApolloGateway over the same supergraph (the stack's subgraph URLs), nothing else — no
 * token check, cost or rate limit at the gateway, no query deduplication (the gateway has none).
 * Subgraph requests go through the router's own signed keep-alive fetcher with the caller's
 * Authorization, so the subgraphs answer them exactly as they answer our router. The supergraph's
 * `@authenticated` / `@requiresScopes` links are marked handled as our router marks them (the
 * subgraphs check scopes and the caller themselves; Hive Gateway does not enforce them either).
 * Environment: APOLLO_SUPERGRAPH_PATH, APOLLO_PORT, ROUTER_SECRET. Prints "ready" when listening.
 */
import { readFileSync } from 'node:fs';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { envReader } from '@packyourbag/service-kit';
import { createSignedFetcher } from '../src/forwarding/signed-fetcher.js';
import { markSecurityFeaturesEnforced } from '../src/plugins/authorization/enforced-security-features.js';

interface CallerContext {
  authorization?: string;
}

const env = envReader();
const fetcher = createSignedFetcher({ routerSecret: env.string('ROUTER_SECRET') });

/** Forwards the caller's Authorization; the fetcher adds the router proof over the final bytes. */
class ForwardingDataSource extends RemoteGraphQLDataSource<CallerContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<CallerContext>): void {
    if (!('incomingRequestContext' in options)) return;
    const { authorization } = options.context;
    if (authorization !== undefined) options.request.http?.headers.set('authorization', authorization);
  }
}

async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: markSecurityFeaturesEnforced(readFileSync(env.string('APOLLO_SUPERGRAPH_PATH'), 'utf8')),
    buildService: ({ url }) => new ForwardingDataSource({ url, fetcher: fetcher.fetch }),
  });
  const server = new ApolloServer<CallerContext>({ gateway });
  await startStandaloneServer(server, {
    listen: { port: env.int('APOLLO_PORT'), host: '127.0.0.1' },
    context: async ({ req }) =>
      req.headers.authorization === undefined ? {} : { authorization: req.headers.authorization },
  });
  console.log('ready');
  const stop = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('bare @apollo/gateway: could not start:', error);
  process.exit(1);
});

import type { ApolloServer, BaseContext } from '@apollo/server';
import type { ApolloFederationDriver } from '@nestjs/apollo';
import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLContextFunction } from './graphql-fast-path.js';

/** The GraphQL endpoint Nest's Apollo driver set up, as its Express middleware serves it. */
export interface NestApolloEndpoint {
  apollo: ApolloServer<BaseContext>;
  /** The context function the driver passes to its Express middleware (Nest's wrapper included). */
  context: GraphQLContextFunction;
  path: string;
}

/**
 * Reads, once the app is initialised, what the driver's Express middleware would use: the
 * ApolloServer it started (`driver.instance`) and its complete options (`completeOptions`: the
 * normalised path and the context function Nest wrapped, which also puts `req` on the context).
 */
export function nestApolloEndpoint(app: INestApplication): NestApolloEndpoint {
  const graphql = app.get<GraphQLModule<ApolloFederationDriver>>(GraphQLModule, { strict: false });
  const apollo = graphql.graphQlAdapter.instance;
  const options = graphql.completeOptions;
  const context: unknown = options?.['context'];
  const path: unknown = options?.path;
  if (!apollo || typeof context !== 'function' || typeof path !== 'string') {
    throw new Error('The GraphQL module has not started Apollo Server yet: call app.init() first.');
  }
  return { apollo, context: context as GraphQLContextFunction, path };
}

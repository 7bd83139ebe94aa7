import { ROUTER_SUPPORTED_SUPERGRAPH_FEATURES, Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/**
 * The public API schema of a supergraph: what clients can query, without join/link machinery or
 * `@inaccessible` elements. Breaking-change checks compare these, not raw supergraphs, so that
 * routing-only changes (a field moving between subgraphs) are not reported as breaking.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildSupergraph(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/**
 * Parses a supergraph accepting the Apollo Router feature set. The default set (the one
 * `@apollo/gateway` uses) refuses `for: SECURITY` links such as @authenticated and @requiresScopes,
 * because a gateway that does not enforce them must not serve them; this pipeline only reads the
 * schema, it serves nothing.
 */
export function buildSupergraph(supergraphSdl: string): Supergraph {
  return Supergraph.build(supergraphSdl, { supportedFeatures: ROUTER_SUPPORTED_SUPERGRAPH_FEATURES });
}

/** The API schema printed with types and fields sorted, so its text only changes when the API does. */
export function printApiSchema(supergraphSdl: string): string {
  return printSchema(lexicographicSortSchema(apiSchemaOf(supergraphSdl)));
}

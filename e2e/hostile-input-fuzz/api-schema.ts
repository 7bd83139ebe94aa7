import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLField, type GraphQLSchema } from 'graphql';

/**
 * The public API the router serves: `schema/api.graphql`, which `npm run compose` derives from the
 * supergraph and `schema:check` keeps fresh. The fuzz reads its operations from here, never from a
 * hand-written list, so a new root field is fuzzed the day it is composed.
 */
export const API_SCHEMA_PATH = fileURLToPath(new URL('../../schema/api.graphql', import.meta.url));

export type OperationKind = 'query' | 'mutation';

/** One root field a third party can call. */
export interface RootOperation {
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
}

export function loadApiSchema(path = API_SCHEMA_PATH): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}

/** Every field of Query and Mutation, queries first, each in the schema's (sorted) order. */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  return [
    ...Object.values(query?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(mutation?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

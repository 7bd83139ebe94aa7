import { join } from 'node:path';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLScalarType } from 'graphql';
import type { Logger } from '../logging/logger.js';
import type { RequestContext } from '../request/request-context.js';
import { subgraphGraphQLOptions } from './graphql-options.js';
import { HealthModule } from './health.module.js';
import type { ReadinessCheck } from './readiness.js';
import { logSchemaExposure, type SchemaExposure } from '../profile/profile.js';

const NO_EXPOSURE: SchemaExposure = { profile: 'production', introspection: false, fieldSuggestions: false };

export interface SubgraphImportsOptions<Context extends RequestContext> {
  /** The subgraph's name: its SDL is `schema/<name>.graphql` at the repository root. */
  name: string;
  logger: Logger;
  /** Called on every /health/ready probe; rejects when the store does not answer. */
  readiness: ReadinessCheck;
  /**
   * Introspection and "Did you mean" suggestions, and the profile they are judged by; a start-up
   * line says when they are on (a warning outside development).
   * @default all off
   */
  schemaExposure?: SchemaExposure;
  /** Custom scalars the SDL declares (e.g. `{ DateTime: DateTimeScalar }`). */
  scalars?: Record<string, GraphQLScalarType>;
  /** Adds per-request state (DataLoaders) to the base context. @default identity */
  extendContext?: (base: RequestContext) => Context;
}

/** Repository root as seen from `src/nest` or `dist/nest` inside packages/service-kit. */
const SCHEMA_DIR = join(__dirname, '../../../../schema');

/** The two modules every subgraph imports: health probes and the federated, schema-first GraphQL endpoint. */
export function subgraphImports<Context extends RequestContext>(
  options: SubgraphImportsOptions<Context>,
): DynamicModule[] {
  const exposure = options.schemaExposure ?? NO_EXPOSURE;
  logSchemaExposure(options.logger, exposure);
  return [
    HealthModule.register(options.readiness),
    GraphQLModule.forRoot<ApolloFederationDriverConfig>({
      driver: ApolloFederationDriver,
      ...subgraphGraphQLOptions({
        schemaPath: join(SCHEMA_DIR, `${options.name}.graphql`),
        logger: options.logger,
        introspection: exposure.introspection,
        fieldSuggestions: exposure.fieldSuggestions,
        extendContext: options.extendContext ?? ((base) => base as Context),
      }),
      ...(options.scalars ? { resolvers: options.scalars } : {}),
    }),
  ];
}

import type { IncomingMessage } from 'node:http';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { MongooseInstrumentation } from '@opentelemetry/instrumentation-mongoose';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { PinoInstrumentation } from '@opentelemetry/instrumentation-pino';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { PrismaInstrumentation } from '@prisma/instrumentation';

export interface InstrumentationOptions {
  /**
   * Spans for graphql-js's parse, validate, execute and non-trivial resolvers: where a subgraph's
   * time goes. Off in the router, whose gateway records its own plan and fetch spans.
   * @default false
   */
  graphql?: boolean;
}

/**
 * Requests no one needs a trace of: probes, scrapes, static files, and the key and revocation
 * lists every verifier polls (each poll would be a trace of its own, every second in tests).
 */
const UNTRACED_PATHS = /^\/(health\/|metrics\b|\.well-known\/|_next\/static\/|favicon\.ico)/;

/**
 * The maintained instrumentations, each set to record no values (decision 1350): SQL as sent with
 * its `$n` placeholders, Redis and MongoDB commands by name, GraphQL documents with literals as `*`
 * and no variables. Client spans only under a request (no trace per background poll), and pino's
 * lines get `trace_id` and `span_id` but are not sent as OpenTelemetry logs.
 */
export function instrumentations(options: InstrumentationOptions = {}): Instrumentation[] {
  const list: Instrumentation[] = [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.test(request.url ?? ''),
      requireParentforOutgoingSpans: true,
    }),
    new UndiciInstrumentation({ requireParentforSpans: true }),
    new PgInstrumentation({
      requireParentSpan: true,
      enhancedDatabaseReporting: false,
      ignoreConnectSpans: true,
    }),
    // Prisma's operation spans (model and method); the SQL it sends through @prisma/adapter-pg is
    // pg's span already, so Prisma's own copy of it and its compile steps are left out.
    new PrismaInstrumentation({
      ignoreSpanTypes: ['prisma:client:serialize', 'prisma:client:compile', 'prisma:client:db_query'],
    }) as unknown as Instrumentation,
    new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
    new MongoDBInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    new MongooseInstrumentation({ requireParentSpan: true, dbStatementSerializer: (operation) => operation }),
    new PinoInstrumentation({ disableLogSending: true }),
  ];
  if (options.graphql) {
    list.push(
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true }),
    );
  }
  return list;
}

import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCode } from './error-code.js';
import { maskError } from './mask-error.js';
import { isUnavailableError } from './unavailable-error.js';

/** Errors shaped as the drivers throw them (names and codes as they are in their sources). */
const named = (name: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error('driver error'), { name }, fields);

const outages: Array<[string, unknown]> = [
  // Prisma over @prisma/adapter-pg with the server down (seen here: P1001, kind DatabaseNotReachable).
  [
    'Prisma P1001 through the pg adapter',
    named('PrismaClientKnownRequestError', {
      code: 'P1001',
      meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } } },
    }),
  ],
  ['Prisma pool timeout P2024', named('PrismaClientKnownRequestError', { code: 'P2024' })],
  // A PostgreSQL restart under load (the fault run, 1400): an implicit transaction whose connection
  // was cut ends as P2028 "Transaction already closed", with no cause attached.
  [
    'Prisma transaction API error P2028',
    named('PrismaClientKnownRequestError', {
      code: 'P2028',
      message:
        'Transaction API error: Transaction already closed: A rollback cannot be executed on a committed transaction.',
    }),
  ],
  ['Prisma connection closed P1017', named('PrismaClientKnownRequestError', { code: 'P1017' })],
  ['Prisma initialisation', named('PrismaClientInitializationError')],
  [
    'an adapter error with the PostgreSQL shutdown code',
    named('PrismaClientKnownRequestError', {
      code: 'P2010',
      meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } },
    }),
  ],
  ['node-postgres refused', named('Error', { code: 'ECONNREFUSED' })],
  ['PostgreSQL starting up', named('error', { code: '57P03' })],
  ['PostgreSQL connection failure class 08', named('error', { code: '08006' })],
  ['node-postgres terminated', new Error('Connection terminated unexpectedly')],
  ['MongoDB server selection', named('MongoServerSelectionError')],
  ['MongoDB network', named('MongoNetworkError')],
  [
    'a GraphQLError wrapping a refused connection',
    new GraphQLError('x', { originalError: named('Error', { code: 'ECONNREFUSED' }) }),
  ],
  [
    'a cause chain',
    new Error('outer', { cause: new Error('inner', { cause: named('Error', { code: 'ETIMEDOUT' }) }) }),
  ],
];

const notOutages: Array<[string, unknown]> = [
  ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ['a unique violation', named('PrismaClientKnownRequestError', { code: 'P2002' })],
  ['a record not found', named('PrismaClientKnownRequestError', { code: 'P2025' })],
  ['a PostgreSQL syntax error', named('error', { code: '42601' })],
  ['not an error at all', 'ECONNREFUSED'],
];

describe('isUnavailableError', () => {
  it.each(outages)('%s is an outage', (_name, error) => {
    expect(isUnavailableError(error)).toBe(true);
  });
  it.each(notOutages)('%s is not', (_name, error) => {
    expect(isUnavailableError(error)).toBe(false);
  });
  it('stops on a cause cycle', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isUnavailableError(a)).toBe(false);
  });
});

describe('maskError for an outage', () => {
  it('answers SERVICE_UNAVAILABLE (retry later), never INTERNAL_SERVER_ERROR or NOT_FOUND, and logs the cause', () => {
    const cause = named('PrismaClientKnownRequestError', {
      code: 'P1001',
      message: 'postgres://user:secret@db',
    });
    const error = new GraphQLError('Invalid `db.item.findMany()` invocation', {
      originalError: cause,
      path: ['me', 'items'],
    });
    const onInternal = vi.fn();

    const masked = maskError(error.toJSON(), error, onInternal);

    expect(masked.extensions).toEqual({ code: ErrorCode.ServiceUnavailable });
    expect(masked.path).toEqual(['me', 'items']);
    expect(JSON.stringify(masked)).not.toMatch(/secret|postgres:|findMany/);
    expect(onInternal).toHaveBeenCalledWith(cause, { outage: true });
  });

  it('lets a subgraph’s SERVICE_UNAVAILABLE through the router’s mask unchanged', () => {
    const error = new GraphQLError('Part of PackYourBag is unavailable right now.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(maskError(error.toJSON(), error).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });
});

import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../caller/caller.js';
import { requireCaller, requireScope, type RequestContext } from './request-context.js';

const caller: Caller = { userId: 'user-1', tokenId: 'token-1', scopes: new Set(['packing:read']) };
const context = (withCaller?: Caller): RequestContext => ({
  ...(withCaller ? { caller: withCaller } : {}),
  requestId: 'request-1',
  logger: pino({ level: 'silent' }),
});

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions['code'];
  }
  throw new Error('expected a GraphQLError');
}

describe('request context guards', () => {
  it('gives the caller when there is one', () => {
    expect(requireCaller(context(caller))).toBe(caller);
    expect(requireScope(context(caller), 'packing:read')).toBe(caller);
  });

  it('answers an anonymous request with UNAUTHENTICATED', () => {
    expect(codeOf(() => requireCaller(context()))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireScope(context(), 'packing:read'))).toBe('UNAUTHENTICATED');
  });

  it('answers a token without the scope with FORBIDDEN', () => {
    expect(codeOf(() => requireScope(context(caller), 'packing:write'))).toBe('FORBIDDEN');
  });
});

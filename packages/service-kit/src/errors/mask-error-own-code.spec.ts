import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { maskError } from './mask-error.js';

const GENERIC = { code: 'INTERNAL_SERVER_ERROR' };

describe('maskError', () => {
  it('masks an error Apollo Server stamped INTERNAL_SERVER_ERROR on, and reports it', () => {
    const cause = new Error('connect ECONNREFUSED 10.0.0.7:5432');
    const original = new GraphQLError(cause.message, { originalError: cause });
    const onInternal = vi.fn();

    const masked = maskError({ message: cause.message, extensions: GENERIC }, original, onInternal);

    expect(masked.message).not.toContain('ECONNREFUSED');
    expect(masked.extensions).toEqual(GENERIC);
    expect(onInternal).toHaveBeenCalledWith(cause, { outage: false });
  });

  it('masks a plain Error thrown outside GraphQL', () => {
    const masked = maskError(
      { message: 'x is undefined', extensions: GENERIC },
      new TypeError('x is undefined'),
    );

    expect(masked.message).not.toContain('undefined');
  });

  it('keeps errors raised with a public code, message included', () => {
    const original = new GraphQLError('Pack p1 was not found.', {
      extensions: { code: 'NOT_FOUND', id: 'p1' },
    });

    expect(maskError(original.toJSON(), original)).toEqual({
      message: 'Pack p1 was not found.',
      extensions: { code: 'NOT_FOUND', id: 'p1' },
    });
  });

  it('keeps a subgraph’s own INTERNAL_SERVER_ERROR (already masked there) without reporting it again', () => {
    const original = new GraphQLError('Something went wrong on our side.', { extensions: GENERIC });
    const onInternal = vi.fn();

    expect(maskError(original.toJSON(), original, onInternal).extensions).toEqual(GENERIC);
    expect(onInternal).not.toHaveBeenCalled();
  });
});

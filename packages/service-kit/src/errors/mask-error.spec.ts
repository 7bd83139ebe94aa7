import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { badUserInput, conflict, forbidden, notFound, unauthenticated } from './domain-errors.js';
import { ErrorCode } from './error-code.js';
import { maskError } from './mask-error.js';

/** What Apollo hands formatError when stack traces are on: the error's own shape plus a stack. */
function formatted(error: GraphQLError): GraphQLFormattedError {
  const shape = error.toJSON();
  return { ...shape, extensions: { ...shape.extensions, stacktrace: ['Error: at secret.ts:1'] } };
}

describe('maskError', () => {
  it('keeps errors raised on purpose, with their code and details, but drops the stack', () => {
    const errors = [
      badUserInput('Enter a valid email address.', 'input.email'),
      unauthenticated(),
      forbidden('This token lacks the "packing:write" scope.'),
      notFound('Item', 'item-1'),
      conflict('An account with this email already exists.', 'input.email'),
    ];
    for (const error of errors) {
      const onInternal = vi.fn();
      const masked = maskError(formatted(error), error, onInternal);

      expect(masked.message).toBe(error.message);
      expect(masked.extensions).toEqual(error.extensions);
      expect(masked.extensions).not.toHaveProperty('stacktrace');
      expect(onInternal).not.toHaveBeenCalled();
    }
  });

  it('keeps the field a form highlights on BAD_USER_INPUT', () => {
    const error = badUserInput('Weight must be at least 0.', 'input.weightMg');
    const masked = maskError(formatted(error), error, vi.fn());

    expect(masked.extensions).toEqual({ code: ErrorCode.BadUserInput, field: 'input.weightMg' });
  });

  it("keeps GraphQL's own request errors", () => {
    const error = new GraphQLError('Cannot query field "secret" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const onInternal = vi.fn();

    expect(maskError(formatted(error), error, onInternal).extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(onInternal).not.toHaveBeenCalled();
  });

  it('turns an unexpected error into INTERNAL_SERVER_ERROR without its message or stack, and reports it', () => {
    const cause = new Error('connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)');
    const wrapped = new GraphQLError(cause.message, {
      path: ['createItem'],
      originalError: cause,
      extensions: { code: 'SOMETHING_INTERNAL' },
    });
    const onInternal = vi.fn();
    const masked = maskError(
      { ...formatted(wrapped), locations: [{ line: 1, column: 12 }] },
      wrapped,
      onInternal,
    );

    expect(masked.extensions).toEqual({ code: ErrorCode.InternalServerError });
    expect(masked.message).not.toContain('hunter2');
    expect(masked.message).not.toContain('ECONNREFUSED');
    expect(masked.path).toEqual(['createItem']);
    expect(masked.locations).toEqual([{ line: 1, column: 12 }]);
    expect(onInternal).toHaveBeenCalledExactlyOnceWith(cause, { outage: false });
  });

  it('masks an error without any code, and a thrown non-error', () => {
    const onInternal = vi.fn();
    const masked = maskError({ message: 'TypeError: x is undefined' }, 'a thrown string', onInternal);

    expect(masked.extensions).toEqual({ code: ErrorCode.InternalServerError });
    expect(masked).not.toHaveProperty('path');
    expect(onInternal).toHaveBeenCalledExactlyOnceWith('a thrown string', { outage: false });
  });
});

import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { hasErrorCode, toFormErrors } from './api-error';

const apiError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('toFormErrors', () => {
  it('puts BAD_USER_INPUT next to the named field, without the input. prefix', () => {
    const errors = toFormErrors(
      apiError('Enter a valid email.', { code: 'BAD_USER_INPUT', field: 'input.email' }),
    );
    expect(errors).toEqual({ fields: { email: 'Enter a valid email.' }, unauthenticated: false });
  });

  it('puts a CONFLICT with a field next to it, and one without on the form', () => {
    expect(toFormErrors(apiError('Taken.', { code: 'CONFLICT', field: 'email' })).fields).toEqual({
      email: 'Taken.',
    });
    expect(toFormErrors(apiError('Stale.', { code: 'CONFLICT' })).form).toBe('Stale.');
  });

  it('never shows the server message for internal errors or unknown codes', () => {
    expect(toFormErrors(apiError('db down at 10.0.0.3', { code: 'INTERNAL_SERVER_ERROR' })).form).toBe(
      'Something went wrong on our side. Please try again.',
    );
    expect(toFormErrors(apiError('whatever', {})).form).toBe('Something went wrong. Please try again.');
  });

  it('says an outage is a reconnect and that the change was not saved, so retrying is safe', () => {
    expect(
      toFormErrors(apiError('Part of PackYourBag is unavailable', { code: 'SERVICE_UNAVAILABLE' })).form,
    ).toBe(
      "We're reconnecting to part of PackYourBag. This change was not saved yet; try again in a moment.",
    );
  });

  it('flags UNAUTHENTICATED and lets a form choose its wording', () => {
    const errors = toFormErrors(apiError('Wrong email or password.', { code: 'UNAUTHENTICATED' }), {
      messages: { UNAUTHENTICATED: 'That email and password do not match an account.' },
    });
    expect(errors.unauthenticated).toBe(true);
    expect(errors.form).toBe('That email and password do not match an account.');
  });

  it('explains THROTTLED and network failures without jargon', () => {
    expect(toFormErrors(apiError('429', { code: 'THROTTLED' })).form).toMatch(/Too many requests/);
    const offline = new CombinedError({ networkError: new TypeError('fetch failed') });
    expect(toFormErrors(offline).form).toMatch(/cannot be reached/);
  });
});

describe('hasErrorCode', () => {
  it('finds a code among the errors', () => {
    expect(hasErrorCode(apiError('x', { code: 'UNAUTHENTICATED' }), 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(apiError('x', { code: 'FORBIDDEN' }), 'UNAUTHENTICATED')).toBe(false);
    expect(hasErrorCode(undefined, 'UNAUTHENTICATED')).toBe(false);
  });
});

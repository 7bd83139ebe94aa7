import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.js';

/** The caller's input is invalid; `field` is the input path a form can highlight (`input.email`). */
export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, field } });
}

/** No valid credentials were presented. */
export function unauthenticated(message = 'Sign in to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } });
}

/** Credentials are valid but do not allow this (for example a missing scope). */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

/** The object does not exist, or belongs to someone else: both answer the same. */
export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} was not found.`, {
    extensions: { code: ErrorCode.NotFound, id },
  });
}

/** The change collides with existing state (a taken email, a stale version). */
export function conflict(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.Conflict, ...(field ? { field } : {}) },
  });
}

import { CombinedError } from 'urql';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';

/**
 * An API failure as a form shows it: messages placed next to the input named by
 * `extensions.field`, and one message for the form as a whole. Placement and wording are chosen
 * by `extensions.code`, never by parsing messages.
 */
export interface FormErrors {
  /** Keyed by the input's field name without the `input.` prefix (`email`, `weightMg`). */
  fields: Partial<Record<string, string>>;
  form?: string;
  /** True when the API refused the caller's token: the session should end. */
  unauthenticated: boolean;
}

export interface FormErrorOptions {
  /** Overrides the wording for a code in this form (e.g. UNAUTHENTICATED while signing in). */
  messages?: Partial<Record<string, string>>;
}

const GENERIC: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'Your account is not allowed to do this.',
  THROTTLED: 'Too many requests right now. Wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
  // An outage (a store or a service unreachable): the change was not made, and retrying works.
  SERVICE_UNAVAILABLE:
    "We're reconnecting to part of PackYourBag. This change was not saved yet; try again in a moment.",
};
const UNKNOWN = 'Something went wrong. Please try again.';
const NETWORK = 'PackYourBag cannot be reached. Check your connection and try again.';

/** Codes whose server message is written for the person at the form. */
const USER_FACING = new Set(['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND']);

/** `input.email` → `email`; the API names fields by their path in the operation's arguments. */
function fieldName(path: string): string {
  return path.replace(/^input\./, '');
}

export function toFormErrors(error: CombinedError, options: FormErrorOptions = {}): FormErrors {
  const result: FormErrors = { fields: {}, unauthenticated: false };
  if (error.networkError && error.graphQLErrors.length === 0) {
    result.form = NETWORK;
    return result;
  }
  for (const graphqlError of error.graphQLErrors) {
    const code = typeof graphqlError.extensions['code'] === 'string' ? graphqlError.extensions['code'] : '';
    const field = graphqlError.extensions['field'];
    const message =
      options.messages?.[code] ?? (USER_FACING.has(code) ? graphqlError.message : (GENERIC[code] ?? UNKNOWN));
    if (code === 'UNAUTHENTICATED') result.unauthenticated = true;
    if (typeof field === 'string' && USER_FACING.has(code)) {
      result.fields[fieldName(field)] ??= message;
    } else {
      result.form ??= message;
    }
  }
  return result;
}

/** True when any error in `error` carries `code`. */
export function hasErrorCode(error: CombinedError | undefined, code: string): boolean {
  return error?.graphQLErrors.some((graphqlError) => graphqlError.extensions['code'] === code) ?? false;
}

/** The same mapping for errors that came from the web server's `/api/session/*` routes. */
export function toFormErrorsFromList(
  errors: readonly GraphQLFormattedError[],
  options: FormErrorOptions = {},
): FormErrors {
  if (
    errors.every(
      (error) =>
        error.extensions?.['code'] === 'NETWORK_ERROR' ||
        error.extensions?.['code'] === 'SERVICE_UNAVAILABLE',
    )
  ) {
    return { fields: {}, form: NETWORK, unauthenticated: false };
  }
  return toFormErrors(
    new CombinedError({ graphQLErrors: errors.map((error) => ({ ...error })) as GraphQLError[] }),
    options,
  );
}

import { postToRouter, type SendOptions } from '../router-support/router-request.js';
import type { WireAnswer } from './response-checks.js';

/**
 * POSTs a request body (JSON text, written by the caller) to the router and keeps status and text,
 * unparsed: a body that is not JSON is a finding. An anonymous case's `ip` is forwarded with the
 * web server's proof (decision 0713), so each gets a rate-limit bucket of its own; the stack must
 * run with E2E_CLIENT_ADDRESS_SECRET (or pass `clientAddressSecret`).
 */
export async function sendRaw(
  graphqlUrl: string,
  body: string,
  options: SendOptions = {},
): Promise<WireAnswer> {
  // A request that never comes back is a finding too (the caller reports it), not a hung run.
  const response = await postToRouter(graphqlUrl, body, { ...options, signal: AbortSignal.timeout(60_000) });
  return { status: response.status, text: await response.text() };
}

/** The Retry-After of a THROTTLED answer, in seconds, if it is one. */
export function retryAfterOf(answer: WireAnswer): number | undefined {
  if (answer.status !== 429) return undefined;
  try {
    const body = JSON.parse(answer.text) as { errors?: Array<{ extensions?: { retryAfter?: unknown } }> };
    const seconds = body.errors?.[0]?.extensions?.retryAfter;
    return typeof seconds === 'number' ? seconds : 1;
  } catch {
    return 1;
  }
}

/** Sends a well-formed setup request (not a fuzz case) and returns its data; throws on errors. */
export async function setupCall<T>(
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown>,
  options: SendOptions = {},
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const answer = await sendRaw(graphqlUrl, JSON.stringify({ query, variables }), options);
    const retryAfter = retryAfterOf(answer);
    if (retryAfter !== undefined && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
      continue;
    }
    const body = JSON.parse(answer.text) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data)
      throw new Error(`setup call failed: ${query.slice(0, 80)} → ${answer.text.slice(0, 500)}`);
    return body.data;
  }
}

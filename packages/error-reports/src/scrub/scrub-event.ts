import type { Event } from '@sentry/node';
import { FILTERED, scrubText, scrubValue } from './scrub-text.js';

/** Request headers a report may keep: none of them identifies a person or carries a credential. */
const KEPT_HEADERS = new Set(['content-type', 'content-length', 'x-request-id', 'apollographql-client-name']);

/**
 * Tags this package sets from values it controls: the request id (the router keeps a caller's only
 * if it is a short plain token), the trace id and the service. Scrubbing them would cut the link to
 * the logs and the trace (a long request id looks like a secret to the text rules).
 */
const OWN_TAGS = ['request_id', 'trace_id', 'service'] as const;

function scrubRequest(request: NonNullable<Event['request']>): Event['request'] {
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([name, value]) => [
      name,
      KEPT_HEADERS.has(name.toLowerCase()) ? scrubText(String(value)) : FILTERED,
    ]),
  );
  // The body (GraphQL variables), cookies, query string and the server's environment never leave;
  // the URL keeps its path only.
  return {
    ...(request.method ? { method: request.method } : {}),
    ...(request.url ? { url: scrubText(request.url.split('?')[0] ?? '') } : {}),
    ...(request.headers ? { headers } : {}),
  };
}

/**
 * The last step before a report leaves the process (`beforeSend`, `beforeSendTransaction`): no
 * user, a request reduced to method, path and harmless headers, and every other string —
 * exception messages, breadcrumbs, extras, contexts, tags, span data — scrubbed of emails,
 * tokens, secrets and IP addresses, with values under sensitive keys (cookie, authorization,
 * variables, …) replaced.
 */
export function scrubEvent<E extends Event>(event: E): E {
  const { user: _user, request, ...rest } = event;
  const scrubbed = scrubValue(rest) as E;
  if (request) scrubbed.request = scrubRequest(request);
  for (const tag of OWN_TAGS) {
    const value = event.tags?.[tag];
    if (typeof value === 'string' && scrubbed.tags) scrubbed.tags[tag] = value;
  }
  return scrubbed;
}

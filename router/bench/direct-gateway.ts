/**
 * The benchmark's direct baseline, in its own process: the least a gateway could do for the
 * benchmark queries. For every request it makes exactly the subgraph calls our router's query plan
 * makes — for BENCH_QUERY auth's `me`, then packing's and preferences' `_entities` in parallel; for
 * ME_ID_QUERY auth's `me` alone (any other body is answered as BENCH_QUERY) — with the router's
 * own signed keep-alive fetcher and the headers the router forwards, and answers the merged JSON.
 * No parsing, validation, planning, token check, cost or rate limit: what is left is the subgraphs'
 * time plus one HTTP hop, so `router − direct` is what our router adds.
 * Environment: DIRECT_PORT, ROUTER_SECRET, AUTH_URL, PACKING_URL, PREFERENCES_URL. Prints "ready".
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import {
  CLIENT_IP_HEADER,
  CLIENT_USER_AGENT_HEADER,
  envReader,
  REQUEST_ID_HEADER,
} from '@packyourbag/service-kit';
import { createSignedFetcher } from '../src/forwarding/signed-fetcher.js';
import { ME_ID_QUERY, PLAN } from './bench-support.js';

const env = envReader();
const fetcher = createSignedFetcher({ routerSecret: env.string('ROUTER_SECRET') });
const urls = {
  auth: env.url('AUTH_URL'),
  packing: env.url('PACKING_URL'),
  preferences: env.url('PREFERENCES_URL'),
};

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function call(
  url: string,
  operation: { query: string; operationName: string },
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<Answer> {
  const body = JSON.stringify({ query: operation.query, variables, operationName: operation.operationName });
  const response = await fetcher.fetch(url, { method: 'POST', headers, body });
  return (await response.json()) as Answer;
}

/** The headers our router forwards (subgraph-data-source.ts), for the subgraphs to do the same work. */
function forwardedHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [REQUEST_ID_HEADER]: randomUUID(),
    [CLIENT_IP_HEADER]: request.socket.remoteAddress ?? '127.0.0.1',
  };
  if (request.headers.authorization) headers['authorization'] = request.headers.authorization;
  if (request.headers['user-agent']) headers[CLIENT_USER_AGENT_HEADER] = request.headers['user-agent'];
  return headers;
}

async function answer(request: IncomingMessage, body: string): Promise<Answer> {
  const headers = forwardedHeaders(request);
  // A substring test, not a JSON parse: the baseline does only what no gateway can avoid.
  if (body.includes(ME_ID_QUERY)) return call(urls.auth, PLAN.meId, {}, headers);
  const auth = await call(urls.auth, PLAN.auth, {}, headers);
  const me = auth.data?.['me'] as { __typename: string; id: string; email: string } | null | undefined;
  if (!me) return auth;
  const representations = [{ __typename: me.__typename, id: me.id }];
  const [packing, preferences] = await Promise.all([
    call(urls.packing, PLAN.packing, { representations }, headers),
    call(urls.preferences, PLAN.preferences, { representations }, headers),
  ]);
  const entity = (result: Answer) =>
    (result.data?.['_entities'] as Record<string, unknown>[] | undefined)?.[0];
  const errors = [auth, packing, preferences].flatMap((result) => result.errors ?? []);
  return {
    data: { me: { email: me.email, ...entity(preferences), ...entity(packing) } },
    ...(errors.length > 0 ? { errors } : {}),
  };
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    answer(request, Buffer.concat(chunks).toString()).then(
      (result) => {
        const text = JSON.stringify(result);
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        });
        response.end(text);
      },
      (error: unknown) => {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(String(error));
      },
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(env.int('DIRECT_PORT'), '127.0.0.1', () => console.log('ready'));
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { parseEnvelope as parseWireFormat, type EnvelopeItem } from '../envelope/sentry-envelope.js';

export type { EnvelopeItem };

/** One POST to the envelope endpoint, as Sentry's ingest would receive it. */
export interface ReceivedEnvelope {
  /** The path it was posted to, without the query (`/api/1/envelope/`). */
  path: string;
  /** The body exactly as sent, decompressed: what "nothing personal in it" is checked against. */
  raw: string;
  header: Record<string, unknown>;
  items: EnvelopeItem[];
}

export interface SentryReceiver {
  /** A DSN pointing at this receiver (`http://public@127.0.0.1:<port>/1`). */
  dsn: string;
  envelopes: ReceivedEnvelope[];
  /** The `event` items received so far (errors; not sessions or client reports). */
  events(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return (request.headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** One envelope as received: the parsed parts, its path and its bytes as sent. */
function parseEnvelope(path: string, raw: string): ReceivedEnvelope {
  return { path, raw, ...parseWireFormat(raw) };
}

/**
 * A local stand-in for Sentry's ingest: accepts envelopes on POST /api/<project>/envelope/ and
 * keeps them for a test to read. Tests point SENTRY_DSN at `dsn`.
 */
export async function startSentryReceiver(host = '127.0.0.1'): Promise<SentryReceiver> {
  const envelopes: ReceivedEnvelope[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    if (request.method !== 'POST' || !/^\/api\/\d+\/envelope\/?(\?.*)?$/.test(path)) {
      response.writeHead(404).end();
      return;
    }
    body(request).then(
      (raw) => {
        envelopes.push(parseEnvelope(path.split('?')[0] ?? path, raw));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      },
      () => response.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dsn: `http://public@${host}:${port}/1`,
    envelopes,
    events: () =>
      envelopes.flatMap((envelope) =>
        envelope.items
          .filter((item) => item.header.type === 'event')
          .map((item) => item.payload as Record<string, unknown>),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

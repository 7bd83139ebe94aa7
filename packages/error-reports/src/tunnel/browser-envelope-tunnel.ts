import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Event } from '@sentry/node';
import { parseEnvelope, serializeEnvelope, type SentryEnvelope } from '../envelope/sentry-envelope.js';
import { scrubEvent } from '../scrub/scrub-event.js';
import { envelopeUrl, parseDsn, sameDsn, type DsnParts } from './dsn.js';

export interface BrowserEnvelopeTunnelOptions {
  /** The DSN the browser SDK is started with: the only one accepted, and where envelopes go. */
  dsn: string;
  /**
   * Largest envelope accepted, in bytes (one error event is a few kilobytes).
   * @default 100000
   */
  maxBytes?: number;
  /**
   * How long forwarding to Sentry may take, in milliseconds.
   * @default 5000
   */
  timeoutMs?: number;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** Handles `POST <tunnel path>` on the web server. */
export type BrowserEnvelopeTunnel = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** What the envelope header may keep: no dynamic sampling context (tracing is not sent to Sentry). */
const KEPT_HEADER_FIELDS = ['event_id', 'sent_at', 'dsn', 'sdk'] as const;

class TunnelRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw new TunnelRefusal(413, 'envelope too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new TunnelRefusal(413, 'envelope too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser's envelope, made fit to leave: only error events, each through the same scrubEvent
 * the services' reports go through, and a header without the sampling context.
 */
export function scrubBrowserEnvelope(envelope: SentryEnvelope): SentryEnvelope {
  const header = Object.fromEntries(
    KEPT_HEADER_FIELDS.filter((field) => field in envelope.header).map((field) => [
      field,
      envelope.header[field],
    ]),
  );
  const items = envelope.items
    .filter(
      (item) => item.header.type === 'event' && typeof item.payload === 'object' && item.payload !== null,
    )
    .map((item) => ({ header: { type: 'event' }, payload: scrubEvent(item.payload as Event) }));
  return { header, items };
}

/**
 * A same-origin tunnel for the browser's error reports (decision 1381): the page posts its
 * envelopes to the web server, which accepts only envelopes for its own DSN (403 otherwise) up to
 * `maxBytes` (413), keeps only error events, scrubs them with `scrubEvent` and forwards them to
 * Sentry. The browser never talks to a third-party origin and nothing leaves unscrubbed; the
 * caller's address is not forwarded.
 */
export function createBrowserEnvelopeTunnel(options: BrowserEnvelopeTunnelOptions): BrowserEnvelopeTunnel {
  const own: DsnParts | undefined = parseDsn(options.dsn);
  if (!own) throw new Error('createBrowserEnvelopeTunnel: dsn is not a Sentry DSN.');
  const maxBytes = options.maxBytes ?? 100_000;
  const timeoutMs = options.timeoutMs ?? 5000;
  const send = options.fetch ?? fetch;
  const target = envelopeUrl(own);

  const forward = async (request: IncomingMessage): Promise<number> => {
    const raw = await readBody(request, maxBytes);
    let envelope: SentryEnvelope;
    try {
      envelope = parseEnvelope(raw);
    } catch {
      throw new TunnelRefusal(400, 'not an envelope');
    }
    const dsn = parseDsn(envelope.header['dsn']);
    if (!dsn || !sameDsn(dsn, own)) throw new TunnelRefusal(403, 'not this application’s DSN');
    const scrubbed = scrubBrowserEnvelope(envelope);
    if (scrubbed.items.length === 0) return 200;
    const answer = await send(target, {
      method: 'POST',
      headers: { 'content-type': 'application/x-sentry-envelope' },
      body: serializeEnvelope(scrubbed),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await answer.arrayBuffer().catch(() => undefined);
    return answer.ok ? 200 : 502;
  };

  return async (request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    let status: number;
    try {
      status = await forward(request);
    } catch (error) {
      // A refusal is the browser's problem; Sentry unreachable is not worth an error report.
      status = error instanceof TunnelRefusal ? error.status : 502;
    }
    // Refused before the whole body was read: close, so the rest is not read into nothing.
    if (status === 413) response.setHeader('connection', 'close');
    response.writeHead(status, { 'content-type': 'text/plain' }).end();
  };
}

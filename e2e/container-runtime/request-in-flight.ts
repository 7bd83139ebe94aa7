import { request } from 'node:http';

/** One POST as the drain test sends it. */
export interface InFlightRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /**
   * The body is held back until this settles, then sent in `chunks` pieces `chunkPauseMs` apart:
   * a request the server has accepted (it answered `100 Continue`) but not yet read to the end.
   */
  holdBodyUntil?: Promise<void>;
  /** @default 1 */
  chunks?: number;
  /** @default 0 */
  chunkPauseMs?: number;
  /** Called once the server has accepted the request (its `100 Continue`). */
  onAccepted?: () => void;
}

export interface InFlightOutcome {
  /** The server answered `100 Continue`: it had the request in hand and must finish it. */
  accepted: boolean;
  status?: number;
  body?: string;
  /** The socket error's code (ECONNREFUSED, ECONNRESET, …) when no answer came. */
  error?: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a POST with `Expect: 100-continue` on a connection of its own (no keep-alive). Node's
 * server answers `100 Continue` once it has parsed the headers and handed the request to its
 * handler, so the client knows for certain which requests a server accepted before it stopped,
 * without guessing from timing.
 */
export function sendInFlight(options: InFlightRequest): Promise<InFlightOutcome> {
  const target = new URL(options.url);
  const body = Buffer.from(options.body);
  const chunks = Math.max(1, options.chunks ?? 1);
  return new Promise((resolve) => {
    let accepted = false;
    const outgoing = request({
      host: target.hostname,
      port: target.port,
      path: `${target.pathname}${target.search}`,
      method: 'POST',
      agent: false,
      headers: {
        ...options.headers,
        'content-type': 'application/json',
        'content-length': String(body.length),
        expect: '100-continue',
      },
    });
    outgoing.on('continue', () => {
      accepted = true;
      options.onAccepted?.();
      void (async () => {
        await options.holdBodyUntil;
        const size = Math.ceil(body.length / chunks);
        for (let offset = 0; offset < body.length; offset += size) {
          if (offset > 0) await pause(options.chunkPauseMs ?? 0);
          outgoing.write(body.subarray(offset, offset + size));
        }
        outgoing.end();
      })();
    });
    outgoing.on('response', (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () =>
        resolve({ accepted, status: response.statusCode, body: Buffer.concat(parts).toString('utf8') }),
      );
      response.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ accepted, error: error.code ?? error.message }),
      );
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ accepted, error: error.code ?? error.message }),
    );
    outgoing.flushHeaders();
  });
}

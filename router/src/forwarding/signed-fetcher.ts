import http from 'node:http';
import https from 'node:https';
import { signRouterProof } from '@packyourbag/service-kit';
import { BufferedResponse, type Fetcher } from './buffered-response.js';

export interface SignedFetcherOptions {
  /** The secret shared with the subgraphs (ROUTER_SECRET). */
  routerSecret: string;
  /**
   * How long one subgraph call may take from sending to the last byte of the answer, in milliseconds.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * Most sockets kept open per subgraph host.
   * @default 256
   */
  maxSockets?: number;
}

export interface SignedFetcher {
  fetch: Fetcher;
  /** Closes the pooled connections (on shutdown). */
  close(): void;
}

export class SubgraphTimeoutError extends Error {
  /** Node's code for a timed-out connection: service-kit reads it as an outage (SERVICE_UNAVAILABLE). */
  readonly code = 'ETIMEDOUT';
  constructor(url: string, timeoutMs: number) {
    super(`The subgraph at ${url} did not answer within ${timeoutMs} ms.`);
    this.name = 'SubgraphTimeoutError';
  }
}

/**
 * The only way the router talks to subgraphs. It signs the router proof here, over the exact bytes
 * it writes to the socket: the data source serializes the body only after `willSendRequest`, so a
 * proof computed there could not be bound to what is actually sent. Connections are pooled with
 * keep-alive because a new TCP handshake per subgraph call would dominate the latency.
 */
export function createSignedFetcher(options: SignedFetcherOptions): SignedFetcher {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const agentOptions = {
    keepAlive: true,
    // Any idle timeout makes Node's agent honour the server's `Keep-Alive: timeout=5` hint (it drops
    // an idle socket 1 s before the subgraph would close it); without one, a call after 5 s of quiet
    // reused a socket the subgraph had just closed and failed with "socket hang up" (a false 503).
    timeout: 60_000,
    maxSockets: options.maxSockets ?? 256,
    scheduling: 'lifo' as const,
  };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  const fetch: Fetcher = (url, init = {}) =>
    new Promise((resolve, reject) => {
      const body = init.body ?? '';
      const headers: Record<string, string | number> = {
        ...init.headers,
        ...signRouterProof(options.routerSecret, body),
        'content-length': Buffer.byteLength(body),
      };
      const secure = url.startsWith('https:');
      const request = (secure ? https : http).request(url, {
        method: init.method ?? 'POST',
        headers,
        agent: secure ? httpsAgent : httpAgent,
      });
      const timer = setTimeout(() => request.destroy(new SubgraphTimeoutError(url, timeoutMs)), timeoutMs);
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        response.on('end', () => {
          clearTimeout(timer);
          const status = response.statusCode ?? 502;
          resolve(
            new BufferedResponse(
              url,
              status,
              response.statusMessage ?? '',
              response.headers,
              Buffer.concat(chunks),
            ),
          );
        });
      });
      request.end(body);
    });

  return {
    fetch,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

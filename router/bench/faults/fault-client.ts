/**
 * The fault benchmark's HTTP client: kept-alive POSTs to the public endpoint, each given up after
 * a timeout (a hang, counted apart from errors), each answer read in full: every error code, the
 * status, Retry-After and the data (the benchmark needs the ids of what a write created).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { readAnswer, type RequestOutcome } from './request-outcome.js';

export interface FaultAnswer {
  outcome: RequestOutcome;
  data?: Record<string, unknown>;
}

export interface FaultClient {
  /** POSTs `{ query, variables }` as the caller; never rejects. */
  post(kind: string, authorization: string, query: string, variables?: object): Promise<FaultAnswer>;
  close(): void;
}

export interface FaultClientOptions {
  url: string;
  /** Sockets kept alive. */
  connections: number;
  /** An answer later than this is a hang: the request is aborted. */
  timeoutMs: number;
  /** The run's time origin (performance.now() at its start). */
  originMs: number;
}

export function createFaultClient(options: FaultClientOptions): FaultClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const now = () => performance.now() - options.originMs;
  return {
    post: (kind, authorization, query, variables = {}) =>
      new Promise((resolve) => {
        const body = JSON.stringify({ query, variables });
        const startMs = now();
        let settled = false;
        const finish = (
          answer: Omit<RequestOutcome, 'startMs' | 'endMs' | 'kind'>,
          data?: Record<string, unknown>,
        ) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ outcome: { startMs, endMs: now(), kind, ...answer }, data });
        };
        const request = http.request(
          options.url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              authorization,
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const status = response.statusCode ?? 0;
              const answer = readAnswer(status, Buffer.concat(chunks).toString('utf8'));
              const retryAfter = response.headers['retry-after'];
              finish(
                {
                  ok: answer.ok,
                  hung: false,
                  status,
                  codes: answer.codes,
                  ...(retryAfter === undefined ? {} : { retryAfter }),
                },
                answer.data,
              );
            });
            response.on('error', () => finish({ ok: false, hung: false, status: 0, codes: ['NETWORK'] }));
          },
        );
        const timer = setTimeout(() => {
          finish({ ok: false, hung: true, status: 0, codes: ['HUNG'] });
          request.destroy();
        }, options.timeoutMs);
        request.on('error', (error: NodeJS.ErrnoException) =>
          finish({ ok: false, hung: false, status: 0, codes: [`NETWORK_${error.code ?? 'ERROR'}`] }),
        );
        request.end(body);
      }),
    close: () => agent.destroy(),
  };
}

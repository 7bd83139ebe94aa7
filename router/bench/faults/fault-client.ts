/**
 * The fault benchmark's HTTP client: kept-alive POSTs to the public endpoint, each given up after
 * a timeout (a hang, counted apart from errors), each answer read in full: every error code, the
 * status, Retry-After and the data (the benchmark needs the ids of what a write created).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { postJson } from '../keep-alive-post.js';
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
    post: async (kind, authorization, query, variables = {}) => {
      const startMs = now();
      const body = JSON.stringify({ query, variables });
      const result = await postJson(agent, options.url, authorization, body, options.timeoutMs);
      const timing = { startMs, endMs: now(), kind };
      if (result.kind === 'hung') {
        return { outcome: { ...timing, ok: false, hung: true, status: 0, codes: ['HUNG'] } };
      }
      if (result.kind === 'failed') {
        return { outcome: { ...timing, ok: false, hung: false, status: 0, codes: [result.code] } };
      }
      const answer = readAnswer(result.status, result.body);
      const retryAfter = result.headers['retry-after'];
      return {
        outcome: {
          ...timing,
          ok: answer.ok,
          hung: false,
          status: result.status,
          codes: answer.codes,
          ...(retryAfter === undefined ? {} : { retryAfter }),
        },
        data: answer.data,
      };
    },
    close: () => agent.destroy(),
  };
}

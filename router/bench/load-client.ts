/** The many-user benchmark's HTTP client: kept-alive POSTs, each answer read as success or an error code. */
import http from 'node:http';
import { postJson } from './keep-alive-post.js';

/**
 * The error code of one answer, undefined for a success: the first GraphQL error's
 * `extensions.code` (NO_CODE without one), else `HTTP_<status>` for a status outside 2xx.
 */
export function errorCodeOf(status: number, body: string): string | undefined {
  const success = status >= 200 && status < 300;
  // Parsing every successful answer would cost the client CPU the gateways need.
  if (success && !body.includes('"errors"')) return undefined;
  let errors: unknown;
  try {
    errors = (JSON.parse(body) as { errors?: unknown }).errors;
  } catch {
    return success ? 'INVALID_JSON' : `HTTP_${status}`;
  }
  if (Array.isArray(errors) && errors.length > 0) {
    const code = (errors[0] as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    return typeof code === 'string' ? code : 'NO_CODE';
  }
  return success ? undefined : `HTTP_${status}`;
}

export interface LoadClient {
  /** POSTs a JSON body to `url` as the caller; resolves to undefined on success, else the error code. */
  post(url: string, authorization: string, body: string): Promise<string | undefined>;
  close(): void;
}

/** One keep-alive pool of `connections` sockets per URL, like the concurrent clients it stands for. */
export function createLoadClient(connections: number): LoadClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return {
    post: async (url, authorization, body) => {
      const result = await postJson(agent, url, authorization, body);
      if (result.kind === 'answered') return errorCodeOf(result.status, result.body);
      return result.kind === 'failed' ? result.code : 'HUNG';
    },
    close: () => agent.destroy(),
  };
}

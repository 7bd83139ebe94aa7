/**
 * What one request of the fault benchmark came back with, read from the HTTP answer: success,
 * a clean error (every GraphQL error carries a code; the codes, the status and Retry-After kept),
 * or a hang (no answer within the client's timeout).
 */

export interface RequestOutcome {
  /** ms since the run started (performance.now() relative), when the request was sent. */
  startMs: number;
  /** When its answer (or the timeout) came. */
  endMs: number;
  /** Which operation: `me`, `checkOff`, `listsAndPacks`, `createItem`, `deleteAccount`. */
  kind: string;
  /** True when the answer had data and no error. */
  ok: boolean;
  /** No answer within the timeout (the request was aborted). */
  hung: boolean;
  /** HTTP status; 0 for a hang or a network error. */
  status: number;
  /** Every error's `extensions.code` (NO_CODE for one without), or NETWORK_<errno>, or HTTP_<status>. */
  codes: string[];
  /** The Retry-After header, when there was one. */
  retryAfter?: string;
}

export interface ReadAnswer {
  ok: boolean;
  codes: string[];
  /** The parsed `data`, when the body was JSON with data. */
  data?: Record<string, unknown>;
}

/** Reads a GraphQL-over-HTTP answer: its error codes (all of them), its data, whether it succeeded. */
export function readAnswer(status: number, body: string): ReadAnswer {
  let parsed: { data?: unknown; errors?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return { ok: false, codes: [status >= 200 && status < 300 ? 'INVALID_JSON' : `HTTP_${status}`] };
  }
  const data =
    typeof parsed.data === 'object' && parsed.data !== null
      ? (parsed.data as Record<string, unknown>)
      : undefined;
  const errors = Array.isArray(parsed.errors) ? parsed.errors : [];
  const codes = errors.map((error: unknown) => {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    return typeof code === 'string' ? code : 'NO_CODE';
  });
  if (codes.length === 0 && (status < 200 || status >= 300)) codes.push(`HTTP_${status}`);
  return { ok: codes.length === 0 && data !== undefined, codes, data };
}

/** The benchmarks' one HTTP exchange: a JSON POST on a kept-alive agent, read in full, never rejecting. */
import http from 'node:http';

export type PostResult =
  | { kind: 'answered'; status: number; headers: http.IncomingHttpHeaders; body: string }
  /** `NETWORK` (the answer broke off) or `NETWORK_<errno>` (no answer: refused, reset, …). */
  | { kind: 'failed'; code: string }
  /** No answer within the timeout: the request was aborted. */
  | { kind: 'hung' };

/**
 * POSTs `body` (JSON) to `url` with `authorization` on `agent`; resolves once the answer is read
 * in full, or the request failed, or `timeoutMs` passed (when given). Shared by the load client
 * (bench:load) and the fault client (bench:faults), which read the answers differently.
 */
export function postJson(
  agent: http.Agent,
  url: string,
  authorization: string,
  body: string,
  timeoutMs?: number,
): Promise<PostResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = http.request(
      url,
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
        response.on('end', () =>
          finish({
            kind: 'answered',
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', () => finish({ kind: 'failed', code: 'NETWORK' }));
      },
    );
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            finish({ kind: 'hung' });
            request.destroy();
          }, timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish({ kind: 'failed', code: `NETWORK_${error.code ?? 'ERROR'}` }),
    );
    request.end(body);
  });
}

import http from 'node:http';

export interface KeepAlivePoster {
  /** POSTs the body once over the kept-alive connection; resolves true on a 2xx answer read in full. */
  (): Promise<boolean>;
  close(): void;
}

/** A client for one URL over one keep-alive connection, cheap enough not to blur sub-millisecond timings. */
export function keepAlivePoster(url: string, headers: Record<string, string>, body: string): KeepAlivePoster {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const length = String(Buffer.byteLength(body));
  const send = (() =>
    new Promise<boolean>((resolve) => {
      const request = http.request(
        url,
        { method: 'POST', agent, headers: { ...headers, 'content-length': length } },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300),
          );
          response.on('error', () => resolve(false));
        },
      );
      request.on('error', () => resolve(false));
      request.end(body);
    })) as KeepAlivePoster;
  send.close = () => agent.destroy();
  return send;
}

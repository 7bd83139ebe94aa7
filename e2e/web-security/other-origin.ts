import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A site on another origin (another loopback port), playing the attacker's. */
export interface OtherOrigin {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `127.0.0.1:<port>`, what an attacker writes after `//`. */
  host: string;
  /** Paths it was asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `pages` (path → HTML; anything else gets a small landing page) on a free loopback port. */
export async function startOtherOrigin(pages: Record<string, string> = {}): Promise<OtherOrigin> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(pages[path] ?? '<!doctype html><title>Other site</title><h1>Another origin</h1>');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROUTER_PROOF_HEADER, ROUTER_TIMESTAMP_HEADER, verifyRouterProof } from '@packyourbag/service-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { createSignedFetcher, SubgraphTimeoutError } from './signed-fetcher.js';

const SECRET = 'a-router-secret-of-at-least-32-chars!';
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

describe('signed fetcher', () => {
  it('signs the bytes it sends and reuses the connection', async () => {
    const seen: { headers: IncomingHttpHeaders; body: Buffer; port: number | undefined }[] = [];
    const url = await listen((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push({ headers: request.headers, body: Buffer.concat(chunks), port: request.socket.remotePort });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"data":{"ok":true}}');
      });
    });
    const fetcher = createSignedFetcher({ routerSecret: SECRET });
    const body = JSON.stringify({ query: '{ ok }', variables: { name: 'Zelt – 1,2 kg ⛺' } });

    const first = await fetcher.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await fetcher.fetch(url, { method: 'POST', headers: {}, body });
    fetcher.close();

    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Type')).toBe('application/json');
    expect(await first.json()).toEqual({ data: { ok: true } });
    const received = seen[0]!;
    expect(received.body.toString('utf8')).toBe(body);
    expect(
      verifyRouterProof({
        secret: SECRET,
        proof: received.headers[ROUTER_PROOF_HEADER] as string,
        timestamp: received.headers[ROUTER_TIMESTAMP_HEADER] as string,
        body: received.body,
      }),
    ).toEqual({ ok: true });
    expect(seen[1]!.port).toBe(received.port); // keep-alive: same client socket
  });

  it('gives up on a subgraph that does not answer in time', async () => {
    const url = await listen(() => undefined); // never answers
    const fetcher = createSignedFetcher({ routerSecret: SECRET, timeoutMs: 50 });

    await expect(fetcher.fetch(url, { method: 'POST', body: '{}' })).rejects.toBeInstanceOf(
      SubgraphTimeoutError,
    );
    fetcher.close();
  });

  it('passes a non-2xx answer on for the gateway to turn into an error', async () => {
    const url = await listen((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('down');
    });
    const fetcher = createSignedFetcher({ routerSecret: SECRET });

    const response = await fetcher.fetch(url, { method: 'POST', body: '{}' });
    fetcher.close();

    expect(response.ok).toBe(false);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('down');
  });
});

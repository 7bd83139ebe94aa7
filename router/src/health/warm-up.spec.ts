import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@packyourbag/service-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRouterWarmUp, WARM_UP_HEADER } from './warm-up.js';

const logger = createLogger('router-test', 'silent');
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A stand-in GraphQL endpoint that records what the warm-up's requests carried. */
async function endpoint(onRequest: (request: IncomingMessage, body: string) => void): Promise<string> {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      onRequest(request, body);
      response.end('{"data":null}');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/graphql`;
}

describe('the router warm-up', () => {
  it('sends its rounds of anonymous shared-link reads, recognised only while it runs', async () => {
    const recognised: boolean[] = [];
    const bodies: string[] = [];
    const warmUp = createRouterWarmUp({
      settings: { enabled: true, budgetMs: 10_000, rounds: 20 },
      url: () => url,
      logger,
    });
    const url = await endpoint((request, body) => {
      recognised.push(warmUp.isWarmUpRequest(request));
      bodies.push(body);
    });

    expect(warmUp.done()).toBe(false);
    warmUp.start();
    warmUp.start();
    await vi.waitFor(() => expect(warmUp.done()).toBe(true));

    expect(bodies).toHaveLength(20);
    expect(recognised.every(Boolean)).toBe(true);
    const parsed = bodies.map((body) => JSON.parse(body) as { query: string; variables: { token: string } });
    expect(parsed.every(({ query }) => /^query WarmUpShared(List|Pack)\b/.test(query))).toBe(true);
    expect(new Set(parsed.map(({ variables }) => variables.token)).size).toBe(20);
  });

  it('does not recognise a forged marker, nor its own once done', async () => {
    let marker = '';
    const warmUp = createRouterWarmUp({
      settings: { enabled: true, budgetMs: 10_000, rounds: 1 },
      url: () => url,
      logger,
    });
    const url = await endpoint((request) => (marker = String(request.headers[WARM_UP_HEADER])));
    warmUp.start();
    await vi.waitFor(() => expect(warmUp.done()).toBe(true));

    const request = (value: string) =>
      ({ headers: { [WARM_UP_HEADER]: value } }) as unknown as IncomingMessage;
    expect(marker).toHaveLength(43);
    expect(warmUp.isWarmUpRequest(request(marker))).toBe(false);
    expect(warmUp.isWarmUpRequest(request('x'.repeat(43)))).toBe(false);
  });

  it('is done from the start with WARM_UP=off, and sends nothing', () => {
    const warmUp = createRouterWarmUp({
      settings: { enabled: false, budgetMs: 3000, rounds: 300 },
      url: () => 'http://127.0.0.1:9/graphql',
      logger,
    });
    warmUp.start();
    expect(warmUp.done()).toBe(true);
  });
});

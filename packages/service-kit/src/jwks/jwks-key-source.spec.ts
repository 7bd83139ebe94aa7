import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  errors,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createJwksKeySource, JwksUnavailableError, type JwksKeySource } from './jwks-key-source.js';

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

const sign = (key: SigningKey, kid = key.kid) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject('user-1')
    .setIssuedAt()
    .setExpirationTime('15m')
    .sign(key.privateKey);

const verifyWith = (getKey: JWTVerifyGetKey, token: string) =>
  jwtVerify(token, getKey, { algorithms: ['RS256'] }).then(
    (result) => result.payload.sub,
    (error: unknown) => error,
  );

/** A JWKS server that can be stopped and started again on the same port, counting its requests. */
class JwksServer {
  requests = 0;
  published: JWK[] = [];
  private server: Server | undefined;
  private port = 0;

  get url(): URL {
    return new URL(`http://127.0.0.1:${this.port}/.well-known/jwks.json`);
  }

  async start(): Promise<void> {
    this.server = createServer((_request, response) => {
      this.requests += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: this.published }));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

let first: SigningKey;
let second: SigningKey;
let server: JwksServer;
let source: JwksKeySource | undefined;
const warn = vi.fn();
const logger = { warn } as unknown as NonNullable<Parameters<typeof createJwksKeySource>[0]['logger']>;

beforeAll(async () => {
  [first, second] = await Promise.all([signingKey('key-1'), signingKey('key-2')]);
});

afterEach(async () => {
  source?.stop();
  source = undefined;
  vi.useRealTimers();
  warn.mockReset();
  await server?.stop();
});

async function startServer(keys: JWK[]): Promise<JwksServer> {
  server = new JwksServer();
  server.published = keys;
  await server.start();
  return server;
}

describe('JWKS key source', () => {
  it('fetches the keys at start and verifies with them without fetching again', async () => {
    await startServer([first.jwk]);
    source = createJwksKeySource({ url: server.url });
    expect(source.keysAvailable()).toBe(false);
    await source.refresh();

    expect(source.keysAvailable()).toBe(true);
    expect(await verifyWith(source.getKey, await sign(first))).toBe('user-1');
    expect(await verifyWith(source.getKey, await sign(first))).toBe('user-1');
    expect(server.requests).toBe(1);
  });

  it('refetches on an unknown kid at most once per cool-down, and picks up a rotated-in key', async () => {
    await startServer([first.jwk]);
    let clock = 1_000_000;
    source = createJwksKeySource({ url: server.url, cooldownMs: 30_000, now: () => clock });
    await source.refresh();
    expect(server.requests).toBe(1);

    clock += 30_000;
    // A forged kid: one refetch, then refused as an unknown key.
    expect(await verifyWith(source.getKey, await sign(first, 'forged-1'))).toBeInstanceOf(
      errors.JWKSNoMatchingKey,
    );
    expect(server.requests).toBe(2);
    // More forged kids within the cool-down cost auth nothing.
    for (const kid of ['forged-2', 'forged-3', 'forged-4']) {
      expect(await verifyWith(source.getKey, await sign(first, kid))).toBeInstanceOf(
        errors.JWKSNoMatchingKey,
      );
    }
    expect(server.requests).toBe(2);

    // Auth rotates in a new key; within the cool-down it is not known yet …
    server.published = [first.jwk, second.jwk];
    clock += 29_999;
    expect(await verifyWith(source.getKey, await sign(second))).toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(server.requests).toBe(2);
    // … once the cool-down is over, the first token naming it fetches the set again.
    clock += 1;
    expect(await verifyWith(source.getKey, await sign(second))).toBe('user-1');
    expect(await verifyWith(source.getKey, await sign(first))).toBe('user-1');
    expect(server.requests).toBe(3);
  });

  it('refreshes in the background before the keys age out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await startServer([first.jwk]);
    source = createJwksKeySource({ url: server.url, maxAgeMs: 600_000, refreshAheadMs: 60_000 });
    await source.refresh();
    expect(server.requests).toBe(1);

    server.published = [second.jwk];
    await vi.advanceTimersByTimeAsync(539_999);
    expect(server.requests).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(server.requests).toBe(2));
    await source.refresh(); // joins the background fetch, if still under way
    // The refreshed set is in use without any request having to wait for it.
    const requests = server.requests;
    expect(await verifyWith(source.getKey, await sign(second))).toBe('user-1');
    expect(server.requests).toBe(requests);
  });

  it('keeps serving the cached keys while auth is down, and recovers when it is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await startServer([first.jwk]);
    source = createJwksKeySource({
      url: server.url,
      maxAgeMs: 60_000,
      refreshAheadMs: 10_000,
      retryMs: 5000,
      logger,
    });
    await source.refresh();
    await server.stop();

    // Well past the keys' age: every refresh fails, the keys stay in use.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(await verifyWith(source.getKey, await sign(first))).toBe('user-1');
    expect(source.keysAvailable()).toBe(true);
    expect(await source.refresh()).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ keys: 1 }),
      'could not refresh the signing keys; keeping the ones fetched before',
    );
    // An unknown kid while auth is down is refused as unknown, not as an outage.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await verifyWith(source.getKey, await sign(second))).toBeInstanceOf(errors.JWKSNoMatchingKey);

    server.published = [first.jwk, second.jwk];
    await server.start();
    await vi.advanceTimersByTimeAsync(5000); // the next background retry
    await vi.waitFor(async () => expect(await verifyWith(source!.getKey, await sign(second))).toBe('user-1'));
  });

  it('tells the service of every failed fetch (its pyb_jwks_refresh_failures_total), and of none that succeeds', async () => {
    await startServer([first.jwk]);
    const failures: unknown[] = [];
    source = createJwksKeySource({ url: server.url, onRefreshFailure: (error) => failures.push(error) });
    expect(await source.refresh()).toBe(true);
    expect(failures).toEqual([]);

    await server.stop();
    expect(await source.refresh()).toBe(false);
    expect(await source.refresh()).toBe(false);
    expect(failures.length).toBeGreaterThanOrEqual(2); // a background retry may add one
    expect(failures[0]).toBeInstanceOf(Error);
  });

  it('reports no keys until a first fetch succeeds, without fetching on every request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await startServer([first.jwk]);
    await server.stop(); // auth down from the start
    source = createJwksKeySource({ url: server.url, firstRetryMs: 250, retryMs: 5000, logger });
    expect(await source.refresh()).toBe(false);
    const attempts = warn.mock.calls.length; // one warning per failed fetch

    for (let index = 0; index < 5; index += 1) {
      expect(await verifyWith(source.getKey, await sign(first))).toBeInstanceOf(JwksUnavailableError);
    }
    expect(warn.mock.calls.length).toBe(attempts); // the requests started no fetch of their own
    expect(source.keysAvailable()).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ keys: 0 }),
      'could not fetch the signing keys; tokens cannot be checked until they are',
    );
    // Retries back off: a few more seconds of outage cost a handful of attempts, not one per request.
    await vi.advanceTimersByTimeAsync(4000);
    await vi.waitFor(() => expect(warn.mock.calls.length).toBeGreaterThan(attempts));
    expect(warn.mock.calls.length - attempts).toBeLessThanOrEqual(5);

    // Auth comes up: the next retry (at most retryMs away) fetches the keys.
    await server.start();
    await vi.advanceTimersByTimeAsync(5000);
    await vi.waitFor(() => expect(source!.keysAvailable()).toBe(true));
    expect(await verifyWith(source.getKey, await sign(first))).toBe('user-1');
  });

  it('lets a request fetch the keys soon after auth comes up, without waiting for the retry', async () => {
    let clock = 1_000_000;
    await startServer([first.jwk]);
    await server.stop();
    source = createJwksKeySource({
      url: server.url,
      firstRetryMs: 250,
      retryMs: 5000,
      now: () => clock,
      logger,
    });
    expect(await source.refresh()).toBe(false);
    await server.start();

    clock += 1000; // past the current back-off, long before a 5 s retry
    expect(await verifyWith(source.getKey, await sign(first))).toBe('user-1');
    expect(source.keysAvailable()).toBe(true);
  });

  it('ignores keys that are not RSA signing keys, and refuses a kid-less token against several keys', async () => {
    await startServer([first.jwk, second.jwk, { kty: 'oct', k: 'c2VjcmV0', kid: 'hmac' }]);
    source = createJwksKeySource({ url: server.url });
    await source.refresh();
    const kidless = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('u')
      .sign(first.privateKey);

    expect(await verifyWith(source.getKey, kidless)).toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(await verifyWith(source.getKey, await sign(first, 'hmac'))).toBeInstanceOf(
      errors.JWKSNoMatchingKey,
    );
  });
});

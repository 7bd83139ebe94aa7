import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/fixtures/test-stack.js';
import { AUDIENCE, ISSUER } from '../../test/fixtures/token-issuer.js';

/** A port nothing listens on (bound, then released). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

const ME = { query: '{ me { id } }' };
let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe("auth's signing keys through the router's default verifier", () => {
  it('answers 503 KEYS_UNAVAILABLE to a bearer token while no key was ever fetched; anonymous calls still work', async () => {
    const port = await deadPort();
    stack = await startTestStack({
      config: {
        trust: {
          routerSecret: 'test-router-secret-of-at-least-32-characters',
          jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
          issuer: ISSUER,
          audience: AUDIENCE,
        },
      },
    });
    const token = await stack.issuer.sign();

    const refused = await stack.post(ME, { authorization: `Bearer ${token}` });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0],
    ).toMatchObject({
      extensions: { code: 'KEYS_UNAVAILABLE' },
    });
    expect(stack.auth.received).toHaveLength(0);

    const anonymous = await stack.post(ME);
    expect(anonymous.status).toBe(200);
    // Not ready either: a load balancer keeps signed-in traffic away until the keys are in.
    const ready = await fetch(stack.router.url.replace(/\/graphql$/, '/health/ready'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ signingKeys: 'unavailable' });
  });

  it('keeps verifying tokens on the cached keys once auth stops serving them', async () => {
    stack = await startTestStack();
    const before = await stack.post(ME, { authorization: `Bearer ${await stack.issuer.sign()}` });
    expect(before.status).toBe(200);

    const token = await stack.issuer.sign();
    await stack.issuer.close(); // auth's JWKS is gone
    const after = await stack.post(ME, { authorization: `Bearer ${token}` });
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ data: { me: { id: 'user-1' } } });
    // A token signed by a key nobody published is still the caller's fault: 401, not 503.
    const unknown = await stack.post(ME, {
      authorization: `Bearer ${await stack.issuer.signWithUnknownKey()}`,
    });
    expect(unknown.status).toBe(401);
  });
});

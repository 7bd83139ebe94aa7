import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeProtectedHeader } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import { AuthClient, eventually } from '../auth-support/auth-client.js';
import { randomClientIp } from '../support/forwarded-client.js';

const { graphqlUrl, subgraphUrls, serviceDatabaseUrls } = inject('stack');
const auth = new AuthClient({ graphqlUrl, ip: randomClientIp() });
const authBase = subgraphUrls.auth.replace(/\/graphql$/, '');
const AUTH_DIR = join(import.meta.dirname, '../../subgraphs/auth');
const database = serviceDatabaseUrls.auth;

const kidOf = (token: string) => decodeProtectedHeader(token).kid;
const publishedKids = async () =>
  (
    (await (await fetch(`${authBase}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> }
  ).keys.map((key) => key.kid);

describe('signing key rotation', () => {
  it('keeps tokens signed before a rotation verifying through the router while new ones use the new key', async () => {
    const before = await auth.signUp();
    const oldKid = kidOf(before.accessToken);

    // What `npm run keys:rotate` runs, against this stack's auth database.
    const { stdout } = await promisify(execFile)(process.execPath, ['dist/cli/rotate-keys.js'], {
      cwd: AUTH_DIR,
      env: {
        ...process.env,
        DATABASE_URL: database,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        KEY_ACTIVATION_DELAY_SECONDS: '35',
      },
    });
    const newKid = /New signing key ([0-9a-f-]+)/.exec(stdout)?.[1];
    expect(newKid).toBeDefined();
    expect(newKid).not.toBe(oldKid);

    // Published at once, so every verifier's JWKS cache can fetch it before it signs…
    expect(await eventually(async () => (await publishedKids()).includes(newKid!))).toBe(true);
    expect(await publishedKids()).toEqual(expect.arrayContaining([oldKid, newKid]));
    // …then the running auth instance signs with it once KEY_ACTIVATION_DELAY_SECONDS (35 s in
    // scenario stacks) has passed, on its next reload (1 s).
    let after: { accessToken: string } = before;
    expect(
      await eventually(
        async () => {
          after = (await auth.signIn(before.email)).data!.signIn;
          return kidOf(after.accessToken) === newKid;
        },
        60_000,
        2_000,
      ),
    ).toBe(true);
    const response = await fetch(`${authBase}/.well-known/jwks.json`);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);

    // The new token verifies at the router straight away (the activation delay outlasted its JWKS
    // refetch cooldown), and the old token keeps verifying until it expires.
    expect((await auth.whoAmI(after.accessToken)).id).toBe(before.user.id);
    expect((await auth.whoAmI(before.accessToken)).id).toBe(before.user.id);
  }, 120_000);
});

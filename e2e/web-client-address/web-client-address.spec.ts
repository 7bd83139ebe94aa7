import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AuthClient, PASSWORD, uniqueEmail, type Payload } from '../auth-support/auth-client.js';
import { postGraphQL } from '../support/graphql-client.js';
import { startWebSession } from '../support/web-session.js';
import { startWebServer, type WebServer } from './web-server.js';

/**
 * The client address behind the web app (docs/decisions/1010-web-client-address.md, 0713). The web
 * server settles the address from its socket and proves it to the router with CLIENT_ADDRESS_SECRET;
 * the router believes no unsigned X-Forwarded-For, not even from loopback. Auth records the address
 * the router settled on in each security event (anonymised to the /24), which is what rate limits
 * and the sign-in throttle use, so the events show whom the system took the caller for.
 */
const { graphqlUrl, webUrl } = inject('stack');

const SPOOFED = {
  'x-forwarded-for': '203.0.113.7',
  'x-real-ip': '203.0.113.8',
  forwarded: 'for=203.0.113.9;proto=https',
};

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const EVENTS = `{ me { securityEvents(first: 20) { nodes { type ipAddress } } } }`;

interface Events {
  me: { securityEvents: { nodes: Array<{ type: string; ipAddress: string | null }> } };
}

/** Sign-in through the web app's `/graphql` forwarder; the access token it answers with. */
async function signInThroughWeb(web: string, email: string, headers: Record<string, string>) {
  const result = await postGraphQL<{ signIn: Pick<Payload, 'accessToken'> }>(`${web}/graphql`, SIGN_IN, {
    variables: { input: { email, password: PASSWORD } },
    headers,
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.signIn.accessToken;
}

async function recordedAddresses(token: string) {
  const events = await new AuthClient({ graphqlUrl }).ok<Events>(EVENTS, {}, token);
  return events.me.securityEvents.nodes.map(({ type, ipAddress }) => `${type} ${ipAddress}`).sort();
}

describe('the client address behind the web app', () => {
  it("keys on the browser's socket address, never on the X-Forwarded-For it sent", async () => {
    const email = uniqueEmail();
    await startWebSession(webUrl, 'sign-up', email, { password: PASSWORD, headers: SPOOFED });
    const token = await signInThroughWeb(webUrl, email, { ...SPOOFED, 'x-forwarded-for': '192.0.2.7' });
    // The control: straight to the router with the web server's proof, the address is believed. Were
    // the web app to sign the browser's header, the two events above would look like this one.
    const signed = await new AuthClient({ graphqlUrl, ip: '198.51.100.20' }).signIn(email);
    expect(signed.errors).toBeUndefined();
    // Straight to the router from loopback without a proof: the header is ignored (0713).
    const unsigned = await postGraphQL(graphqlUrl, SIGN_IN, {
      variables: { input: { email, password: PASSWORD } },
      headers: SPOOFED,
    });
    expect(unsigned.errors).toBeUndefined();

    expect(await recordedAddresses(token)).toEqual([
      'SIGN_IN 127.0.0.0', // through /graphql
      'SIGN_IN 127.0.0.0', // unsigned, straight to the router
      'SIGN_IN 198.51.100.0', // the control
      'SIGN_UP 127.0.0.0', // through /api/session/sign-up
    ]);
  });

  describe('behind a trusted front proxy (WEB_TRUSTED_PROXIES)', () => {
    let web: WebServer;
    beforeAll(async () => {
      // This test plays the TLS proxy in front of the web app, from loopback.
      web = await startWebServer(graphqlUrl, { WEB_TRUSTED_PROXIES: '127.0.0.1,::1' });
    }, 90_000);
    afterAll(async () => {
      await web?.stop();
    });

    it('takes the address the proxy added, not the ones the client put in front of it', async () => {
      const email = uniqueEmail();
      // A proxy appends the peer it saw to the client's own header.
      await startWebSession(web.url, 'sign-up', email, {
        password: PASSWORD,
        headers: { ...SPOOFED, 'x-forwarded-for': '203.0.113.7, 198.51.100.77' },
      });
      const token = await signInThroughWeb(web.url, email, { 'x-forwarded-for': '192.0.2.7, 10.9.8.7' });

      expect(await recordedAddresses(token)).toEqual(['SIGN_IN 10.9.8.0', 'SIGN_UP 198.51.100.0']);
    });
  });
});

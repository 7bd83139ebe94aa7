import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { startWebSession } from '../support/web-session.js';

// Signed-in pages are prefetched on the server with the page session cookie (decision 1009): the
// HTML of a full page load already holds the user's data, the refresh token never leaves
// /api/session, another user's cookie never shows this user's data, and without the cookie (or
// with a broken one) the page still answers 200 with its skeleton and fetches in the browser.

const signUpOnWeb = (webUrl: string) => startWebSession(webUrl, 'sign-up', `e2e-${randomUUID()}@example.com`);

async function page(webUrl: string, path: string, cookie?: string, fetchDest = 'document') {
  const response = await fetch(`${webUrl}${path}`, {
    headers: { 'sec-fetch-dest': fetchDest, ...(cookie ? { cookie } : {}) },
  });
  return { status: response.status, html: await response.text() };
}

async function seed(graphqlUrl: string, token: string) {
  const call = async <T>(query: string, variables: Record<string, unknown>) => {
    const result = await postGraphQL<T>(graphqlUrl, query, { token, variables });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  };
  const names = {
    item: `Prefetched tarp ${randomUUID().slice(0, 8)}`,
    list: `Prefetched list ${randomUUID().slice(0, 8)}`,
    pack: `Prefetched pack ${randomUUID().slice(0, 8)}`,
    trip: `Prefetched trip ${randomUUID().slice(0, 8)}`,
  };
  const item = await call<{ createItem: { id: string } }>(
    'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }',
    { input: { name: names.item, weightMg: 312_000 } },
  );
  const list = await call<{ createList: { id: string } }>(
    'mutation($input: CreateListInput!) { createList(input: $input) { id } }',
    { input: { name: names.list, entries: [{ itemId: item.createItem.id }] } },
  );
  const pack = await call<{ createPack: { id: string } }>(
    'mutation($input: CreatePackInput!) { createPack(input: $input) { id } }',
    { input: { name: names.pack, listIds: [list.createList.id] } },
  );
  const trip = await call<{ createTrip: { id: string } }>(
    'mutation($input: CreateTripInput!) { createTrip(input: $input) { id } }',
    {
      input: { name: names.trip, startDate: '2027-07-14', endDate: '2027-07-20', packId: pack.createPack.id },
    },
  );
  return {
    names,
    ids: { list: list.createList.id, pack: pack.createPack.id, trip: trip.createTrip.id },
  };
}

describe('signed-in pages prefetched on the server (page session cookie)', () => {
  const { graphqlUrl, webUrl } = inject('stack');

  it('sets the page session beside the refresh cookie, and only the refresh cookie is scoped to /api/session', async () => {
    const session = await signUpOnWeb(webUrl);
    expect([...session.cookies.keys()].sort()).toEqual(['pyb_access', 'pyb_refresh']);
    const access = session.cookies.get('pyb_access') ?? '';
    const refresh = session.cookies.get('pyb_refresh') ?? '';
    // The page credential holds the access token, never the refresh token.
    const decoded = Buffer.from(access.slice('pyb_access='.length), 'base64url').toString('utf8');
    expect(decoded).toContain(session.accessToken);
    expect(decoded).not.toContain(refresh.slice('pyb_refresh='.length));
  });

  it('renders each signed-in page with its data in the HTML of a full page load', async () => {
    const session = await signUpOnWeb(webUrl);
    const { names, ids } = await seed(graphqlUrl, session.accessToken);
    const cookie = session.cookies.get('pyb_access');

    const expectations: Array<[string, string]> = [
      ['/gear', names.item],
      ['/lists', names.list],
      [`/lists/${ids.list}`, names.item],
      ['/packs', names.pack],
      [`/packs/${ids.pack}`, names.list],
      ['/trips', names.trip],
      [`/trips/${ids.trip}`, names.item],
    ];
    for (const [path, text] of expectations) {
      const { status, html } = await page(webUrl, path, cookie);
      expect(status, path).toBe(200);
      expect(html, `${path} should be server-rendered with "${text}"`).toContain(text);
    }
    // The access token itself is not written into the page.
    expect((await page(webUrl, '/gear', cookie)).html).not.toContain(session.accessToken);
  });

  it('renders the skeleton and no data without the cookie, with a broken one, or for a client-side navigation', async () => {
    const session = await signUpOnWeb(webUrl);
    const { names } = await seed(graphqlUrl, session.accessToken);
    const cases = [
      await page(webUrl, '/gear'),
      await page(webUrl, '/gear', 'pyb_access=not-a-session'),
      await page(webUrl, '/gear', `pyb_access=${Buffer.from('{"accessToken":"x"}').toString('base64url')}`),
      // Next's client-side navigation asks for the React payload only: the tab's cache answers.
      await page(webUrl, '/gear', session.cookies.get('pyb_access'), 'empty'),
    ];
    for (const { status, html } of cases) {
      expect(status).toBe(200);
      expect(html).not.toContain(names.item);
      expect(html).toContain('Loading your gear');
    }
  });

  it("never shows one user's data with another user's page session", async () => {
    const owner = await signUpOnWeb(webUrl);
    const other = await signUpOnWeb(webUrl);
    const { names, ids } = await seed(graphqlUrl, owner.accessToken);
    for (const path of ['/gear', `/lists/${ids.list}`, `/packs/${ids.pack}`, `/trips/${ids.trip}`]) {
      const { status, html } = await page(webUrl, path, other.cookies.get('pyb_access'));
      expect(status, path).toBe(200);
      expect(html, path).not.toContain(names.item);
      expect(html, path).not.toContain(names.list);
    }
  });

  it('stops rendering data for a browser whose session was signed out from another device', async () => {
    const email = `e2e-${randomUUID()}@example.com`;
    const laptop = await startWebSession(webUrl, 'sign-up', email);
    const phone = await startWebSession(webUrl, 'sign-in', email);
    const { names } = await seed(graphqlUrl, laptop.accessToken);
    expect((await page(webUrl, '/gear', phone.cookies.get('pyb_access'))).html).toContain(names.item);

    // "Sign out everywhere" on the laptop: the phone still holds its page session cookie, but its
    // session is on auth's revocation feed, which the router polls (1 s here, 30 s in production).
    const everywhere = await postGraphQL<{ signOutEverywhere: number }>(
      graphqlUrl,
      'mutation { signOutEverywhere }',
      {
        token: laptop.accessToken,
      },
    );
    expect(everywhere.data?.signOutEverywhere).toBe(2);
    await expect
      .poll(async () => (await page(webUrl, '/gear', phone.cookies.get('pyb_access'))).html, {
        timeout: 15_000,
      })
      .not.toContain(names.item);
    const { status, html } = await page(webUrl, '/gear', phone.cookies.get('pyb_access'));
    expect(status).toBe(200);
    expect(html).toContain('Loading your gear');
  });

  it('answers an unknown share link with a real 404 (the share page renders in the shell)', async () => {
    // Within the 250 ms head start the page renders in the shell as a real 404; on a machine too
    // busy for that (the first, cold request) it streams instead, so ask until one is quick enough.
    let last = { status: 0, html: '' };
    await expect
      .poll(
        async () => {
          last = await page(webUrl, '/s/no-such-share-token?kind=pack');
          return last.status;
        },
        { timeout: 15_000 },
      )
      .toBe(404);
    expect(last.html).not.toContain('Loading the shared gear');
  });

  it('clears the page session on sign-out', async () => {
    const session = await signUpOnWeb(webUrl);
    const response = await fetch(`${webUrl}/api/session/sign-out`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: webUrl,
        authorization: `Bearer ${session.accessToken}`,
        cookie: session.cookieHeader,
      },
      body: '{}',
    });
    expect(response.status).toBe(200);
    const cleared = response.headers.getSetCookie();
    expect(cleared.find((header) => header.startsWith('pyb_access=;'))).toContain('Max-Age=0');
    expect(cleared.find((header) => header.startsWith('pyb_refresh=;'))).toContain('Max-Age=0');
  });
});

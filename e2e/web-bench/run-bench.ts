/**
 * `npm run bench:web`: builds (unless --no-build), starts the whole stack on free ports with scratch
 * databases, seeds one user with gear, a list, a pack and a share link, then runs Lighthouse 12 in
 * Debian's Chromium (CHROME_PATH, default /usr/bin/chromium; never a download) against the main
 * pages and prints the performance, accessibility and best-practices scores (target: 95 each).
 *
 * Signed-in pages get a fresh sign-in each through the web's own session route (a refresh token
 * works once), and load with the cookies a browser would hold: the refresh cookie and the page
 * session, so they are measured as a returning user sees them (server-prefetched, decision 1009).
 * Options: --mobile (Lighthouse's default mobile emulation and throttling; desktop otherwise),
 * --no-build, --embedded. Loopback only.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildWorkspaces, startStack } from '@packyourbag/stack';
import { CHROMIUM_FLAGS } from '../support/chromium.js';
import { startWebSession } from '../support/web-session.js';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** Each page's full Lighthouse report (JSON, opens in the Lighthouse viewer), for a score to explain. */
const REPORTS = join(fileURLToPath(new URL('../..', import.meta.url)), 'test-output', 'web-bench');
/** The lab metrics printed under the scores: what a performance score is made of. */
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
] as const;
const TARGET = 95;
const PASSWORD = 'correct horse battery staple';

type Body = { data?: Record<string, never> | null; errors?: unknown[] };

async function gql(url: string, query: string, variables: object = {}, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Body;
  if (body.errors || !body.data) throw new Error(`seed request failed: ${JSON.stringify(body.errors)}`);
  return body.data as Record<string, Record<string, unknown>>;
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROME_PATH}: sudo apt-get install -y chromium (or set CHROME_PATH).`,
    );
  }
  if (!flags.has('--no-build')) await buildWorkspaces({});
  const stack = await startStack({
    scratch: true,
    ephemeralPorts: true,
    embeddedOnly: flags.has('--embedded'),
    print: (line) => console.log(`[stack] ${line}`),
  });
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    const api = stack.urls.graphql;
    const email = `bench-${Date.now()}@example.com`;
    const signUp = await gql(api, `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { email, password: PASSWORD },
    });
    const token = String(signUp['signUp']?.['accessToken']);
    const itemIds: string[] = [];
    for (const [name, weightMg] of [
      ['Tent', 1_200_000],
      ['Sleeping bag', 850_000],
      ['Stove', 85_000],
      ['Water filter', 60_000],
    ] as const) {
      const item = await gql(
        api,
        `mutation($i: CreateItemInput!) { createItem(input: $i) { id } }`,
        { i: { name, weightMg } },
        token,
      );
      itemIds.push(String(item['createItem']?.['id']));
    }
    const list = await gql(
      api,
      `mutation($i: CreateListInput!) { createList(input: $i) { id } }`,
      { i: { name: 'Essentials', entries: itemIds.map((itemId) => ({ itemId })) } },
      token,
    );
    const listId = String(list['createList']?.['id']);
    const pack = await gql(
      api,
      `mutation($i: CreatePackInput!) { createPack(input: $i) { id } }`,
      {
        i: { name: 'Weekend', listIds: [listId] },
      },
      token,
    );
    const packId = String(pack['createPack']?.['id']);
    const share = await gql(
      api,
      `mutation($id: ID!) { sharePack(packId: $id) { token } }`,
      { id: packId },
      token,
    );
    const shareToken = String(share['sharePack']?.['token']);
    const trip = await gql(
      api,
      `mutation($i: CreateTripInput!) { createTrip(input: $i) { id } }`,
      { i: { name: 'Lakes weekend', startDate: '2027-07-14', endDate: '2027-07-16', packId } },
      token,
    );
    const tripId = String(trip['createTrip']?.['id']);

    const pages: { name: string; path: string; signedIn: boolean }[] = [
      { name: 'home', path: '/', signedIn: false },
      { name: 'sign in', path: '/sign-in', signedIn: false },
      { name: 'shared pack', path: `/s/${shareToken}?kind=pack`, signedIn: false },
      { name: 'gear', path: '/gear', signedIn: true },
      { name: 'lists', path: '/lists', signedIn: true },
      { name: 'list editor', path: `/lists/${listId}`, signedIn: true },
      { name: 'pack builder', path: `/packs/${packId}`, signedIn: true },
      { name: 'trips', path: '/trips', signedIn: true },
      { name: 'checklist', path: `/trips/${tripId}`, signedIn: true },
      { name: 'preferences', path: '/preferences', signedIn: true },
      { name: 'account', path: '/account', signedIn: true },
    ];

    chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROMIUM_FLAGS });
    mkdirSync(REPORTS, { recursive: true });
    const rows: { name: string; scores: number[]; metrics: string }[] = [];
    for (const page of pages) {
      const extraHeaders: Record<string, string> = {};
      if (page.signedIn) {
        // A fresh session per page: the cookies the web app's sign-in sets, as a browser holds them.
        extraHeaders['cookie'] = (
          await startWebSession(stack.urls.web, 'sign-in', email, { password: PASSWORD })
        ).cookieHeader;
      }
      console.log(`lighthouse: ${page.name} (${page.path}) …`);
      const result = await lighthouse(
        `${stack.urls.web}${page.path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          extraHeaders,
        },
        flags.has('--mobile') ? undefined : desktopConfig,
      );
      const categories = result?.lhr.categories ?? {};
      const audits = result?.lhr.audits ?? {};
      if (result)
        writeFileSync(join(REPORTS, `${page.name.replace(/\W+/g, '-')}.json`), JSON.stringify(result.lhr));
      rows.push({
        name: page.name,
        scores: CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100)),
        metrics: METRICS.map(([label, id]) => `${label} ${audits[id]?.displayValue ?? '?'}`).join(', '),
      });
    }

    console.log(`\nLighthouse 12 (${flags.has('--mobile') ? 'mobile' : 'desktop'}), target ${TARGET} each:`);
    console.log(`${'page'.padEnd(16)} ${CATEGORIES.map((c) => c.padStart(15)).join(' ')}`);
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(16)} ${row.scores.map((s) => `${s}${s < TARGET ? ' (!)' : ''}`.padStart(15)).join(' ')}`,
      );
    }
    console.log('\nLab metrics:');
    for (const row of rows) console.log(`${row.name.padEnd(16)} ${row.metrics}`);
    console.log(`Reports: ${REPORTS}/*.json`);
  } finally {
    await chrome?.kill();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

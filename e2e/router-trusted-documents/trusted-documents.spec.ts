import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { RunningStack } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, send } from '../router-support/router-http.js';
import { startScenarioStack } from '../support/scenario-stack.js';
import { randomClientIp } from '../support/forwarded-client.js';

// TRUSTED_DOCUMENTS=enforce-for-web on a stack of its own, web included: the web app's documents
// reach the router by hash only, through the web server's /graphql forwarder and session routes,
// and a full document from the web client is refused; third-party clients still send documents.
const WEB_CLIENT = { 'apollographql-client-name': 'packyourbag-web' };
let stack: RunningStack;
let viewerHash: string;

beforeAll(async () => {
  const manifest = JSON.parse(
    await readFile(join(import.meta.dirname, '../../web/src/gql/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const viewer = Object.entries(manifest).find(([, document]) => document.startsWith('query Viewer '));
  if (!viewer) throw new Error('the web manifest has no Viewer query');
  viewerHash = viewer[0];
  stack = await startScenarioStack({
    services: ['auth', 'packing', 'preferences', 'router', 'web'],
    env: { ...process.env, TRUSTED_DOCUMENTS: 'enforce-for-web' },
  });
});

afterAll(() => stack?.stop());

describe('trusted documents for the web client (enforce-for-web)', () => {
  it('serves the web app by hash through its forwarder and session routes, and refuses anything else from it', async () => {
    const email = `e2e-trusted-${randomUUID()}@example.com`;
    const signUp = await fetch(`${stack.urls.web}/api/session/sign-up`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: stack.urls.web,
        'x-forwarded-for': randomClientIp(),
      },
      body: JSON.stringify({ email, password: 'correct horse battery staple' }),
    });
    expect(signUp.status).toBe(200);
    const { session } = (await signUp.json()) as { session: { accessToken: string } };
    const webGraphql = `${stack.urls.web}/graphql`;
    const asWeb = { token: session.accessToken, headers: WEB_CLIENT };

    const registered = await send(
      webGraphql,
      { extensions: { persistedQuery: { version: 1, sha256Hash: viewerHash } } },
      asWeb,
    );
    expect(registered.status).toBe(200);
    expect(registered.body.data).toMatchObject({ me: { email } });

    const document = await send(webGraphql, { query: '{ me { email } }' }, asWeb);
    expect(document.status).toBe(400);
    expect(codeOf(document)).toBe('PERSISTED_QUERY_ID_REQUIRED');

    const unknown = await send(
      webGraphql,
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
      asWeb,
    );
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_IN_LIST');

    // A third-party client (no web client name) sends any document within its budget.
    const thirdParty = await send(
      stack.urls.graphql,
      { query: '{ me { email } }' },
      { token: session.accessToken },
    );
    expect(thirdParty.status).toBe(200);
    expect(thirdParty.body.data).toEqual({ me: { email } });
  });
});

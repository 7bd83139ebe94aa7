import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/fixtures/test-stack.js';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const REGISTERED = 'query Count { packCount }';
const WEB = { 'apollographql-client-name': 'packyourbag-web' };
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

let stack: TestStack;
let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'pyb-manifest-'));
  const manifestPath = join(directory, 'persisted-documents.json');
  await writeFile(manifestPath, JSON.stringify({ [sha256(REGISTERED)]: REGISTERED }));
  stack = await startTestStack({
    config: { trustedDocuments: { mode: 'enforce-for-web', manifestPath, manifestPathExplicit: true } },
  });
});
afterAll(async () => {
  await stack.close();
  await rm(directory, { recursive: true, force: true });
});

async function post(body: object, headers: Record<string, string> = {}) {
  const response = await stack.post(body, { accept: 'application/graphql-response+json', ...headers });
  return { status: response.status, body: (await response.json()) as Body };
}

describe('trusted documents', () => {
  it('runs a registered document by its hash alone', async () => {
    const { body } = await post(byHash(sha256(REGISTERED)), WEB);

    expect(body.data).toEqual({ packCount: 2 });
  });

  it('holds the web client to registered documents', async () => {
    const adHoc = await post({ query: '{ packCount }' }, WEB);
    const unknown = await post(byHash(sha256('{ boom }')), WEB);

    expect(adHoc.status).toBe(400);
    expect(adHoc.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_ID_REQUIRED');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('lets third-party clients send any document, and register one by hash (APQ)', async () => {
    const query = '{ again: packCount }';
    const notYet = await post(byHash(sha256(query)));
    const registered = await post({ query, ...byHash(sha256(query)) });
    const byHashOnly = await post(byHash(sha256(query)));
    const plain = await post({ query: '{ packCount }' });

    expect(notYet.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(registered.body.data).toEqual({ again: 2 });
    expect(byHashOnly.body.data).toEqual({ again: 2 });
    expect(plain.body.data).toEqual({ packCount: 2 });
  });

  it("refuses a mismatched or malformed hash as the caller's mistake (BAD_REQUEST), logged at info", async () => {
    const headers = { 'x-request-id': 'apq-mismatch' };
    const mismatch = await post({ query: '{ packCount }', ...byHash(sha256('{ boom }')) }, headers);
    const malformed = await post({ query: '{ me { id } }', ...byHash('00') }, headers);
    const malformedAlone = await post(byHash('not-a-hash'), headers);
    const wrongVersion = await post({
      query: '{ packCount }',
      extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ packCount }') } },
    });

    for (const refused of [mismatch, malformed, malformedAlone, wrongVersion]) {
      expect(refused.status).toBe(400);
      expect(refused.body.data ?? undefined).toBeUndefined();
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    }
    const lines = stack.logs.filter((line) => line.requestId === 'apq-mismatch');
    expect(lines.some((line) => line.level === 30 && line['code'] === 'BAD_REQUEST')).toBe(true);
    expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it('answers an unknown hash without a query with PERSISTED_QUERY_NOT_FOUND, logged at info', async () => {
    const { body } = await post(byHash(sha256('{ never: packCount }')), { 'x-request-id': 'apq-unknown' });

    expect(body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
    const lines = stack.logs.filter((line) => line.requestId === 'apq-unknown');
    expect(lines.some((line) => line.level === 30 && line['code'] === 'PERSISTED_QUERY_NOT_FOUND')).toBe(
      true,
    );
    expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });
});

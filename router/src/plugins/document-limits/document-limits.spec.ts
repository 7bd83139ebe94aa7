import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../../test/fixtures/test-stack.js';

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const LIMITS = { maxDepth: 2, maxAliases: 2, maxRootFields: 3, maxTokens: 40, maxDirectives: 2 };

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ config: { limits: LIMITS } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.auth.received.length = 0;
  stack.packing.received.length = 0;
});

const subgraphCalls = () => stack.auth.received.length + stack.packing.received.length;

async function post(query: string) {
  const response = await stack.post({ query }, { accept: 'application/graphql-response+json' });
  return { status: response.status, body: (await response.json()) as Body };
}

describe('document limits, checked before planning', () => {
  it.each([
    ['depth', '{ me { id email } }'],
    ['aliases', '{ a: packCount b: packCount }'],
    ['root fields', '{ packCount again: packCount me { id } }'],
    ['directives', '{ packCount @include(if: true) me @skip(if: false) { id } }'],
  ])('serves a document at the %s limit', async (_label, query) => {
    const { status, body } = await post(query);

    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it.each([
    ['depth', '{ me { packs { name } } }', 'MAX_DEPTH_EXCEEDED', 2, 3],
    [
      'depth through a fragment',
      '{ me { ...P } } fragment P on User { packs { name } }',
      'MAX_DEPTH_EXCEEDED',
      2,
      3,
    ],
    ['aliases', '{ a: packCount b: packCount c: packCount }', 'MAX_ALIASES_EXCEEDED', 2, 3],
    ['root fields', '{ packCount again: packCount boom me { id } }', 'MAX_ROOT_FIELDS_EXCEEDED', 3, 4],
    [
      'directives',
      '{ packCount @include(if: true) boom @skip(if: true) me @skip(if: false) { id } }',
      'MAX_DIRECTIVES_EXCEEDED',
      2,
      3,
    ],
  ])(
    'refuses a document over the %s limit with its own code and no subgraph call',
    async (_label, query, code, max, actual) => {
      const { status, body } = await post(query);

      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toEqual({ code, max, actual });
      expect(subgraphCalls()).toBe(0);
    },
  );

  it('counts tokens while parsing and refuses at the limit', async () => {
    const { status, body } = await post(`{ me { ${'id '.repeat(40)} } }`);

    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'MAX_TOKENS_EXCEEDED' });
    expect(body.errors?.[0]?.message).toMatch(/more than 40 tokens/);
    expect(subgraphCalls()).toBe(0);
  });

  it('refuses a JSON batch: one operation per request', async () => {
    const response = await fetch(stack.router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ packCount }' }, { query: '{ packCount }' }]),
    });

    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]?.extensions).toEqual({
      code: 'BATCH_LIMIT_EXCEEDED',
      max: 1,
      actual: 2,
    });
    expect(subgraphCalls()).toBe(0);
  });
});

import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/fixtures/test-stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());

describe('GraphQL over HTTP (graphql-http audit)', () => {
  it('passes every audit of the GraphQL-over-HTTP specification', async () => {
    const results = await auditServer({ url: stack.router.url });
    const notOk = results.filter((result) => result.status !== 'ok');

    expect(
      notOk.map(
        (result) =>
          `${result.status} ${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`,
      ),
    ).toEqual([]);
    expect(results).toHaveLength(61);
  });
});

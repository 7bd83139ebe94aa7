import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countOnce, encodeCursor, MAX_PAGE_SIZE, readPageRequest, toConnection } from './cursor-page.js';

function extensionsOf(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a GraphQLError');
}

const position = {
  createdAt: new Date('2026-11-21T04:20:00.123Z'),
  id: '0b7c1e8e-5f0a-4a43-9d8e-0d2a3e6f7a10',
};

describe('readPageRequest', () => {
  it('defaults to 20 and accepts 0 to the maximum', () => {
    expect(readPageRequest(undefined, undefined)).toEqual({ first: 20 });
    expect(readPageRequest(null, null)).toEqual({ first: 20 });
    expect(readPageRequest(0, null)).toEqual({ first: 0 });
    expect(readPageRequest(MAX_PAGE_SIZE, null)).toEqual({ first: MAX_PAGE_SIZE });
  });

  it('refuses first out of bounds with BAD_USER_INPUT on first', () => {
    for (const first of [-1, MAX_PAGE_SIZE + 1, 2.5]) {
      expect(extensionsOf(() => readPageRequest(first, null))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
  });

  it('decodes a cursor it issued back to the same position', () => {
    expect(readPageRequest(5, encodeCursor(position))).toEqual({ first: 5, after: position });
  });

  it('refuses a cursor it did not issue with BAD_USER_INPUT on after', () => {
    const garbage = [
      'not-a-cursor',
      Buffer.from('2026-11-21T04:20:00.000Z').toString('base64url'),
      Buffer.from('yesterday|some-id').toString('base64url'),
      Buffer.from('2026-11-21T04:20:00.000Z|').toString('base64url'),
    ];
    for (const after of garbage) {
      expect(extensionsOf(() => readPageRequest(10, after))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
  });

  it('treats an empty cursor as the first page', () => {
    expect(readPageRequest(10, '')).toEqual({ first: 10 });
  });
});

describe('countOnce', () => {
  it('counts on the first call only, and never when nobody asks', async () => {
    let counts = 0;
    const count = () => Promise.resolve((counts += 1));
    const totalCount = countOnce(count);
    toConnection([], 10, count);

    expect(counts).toBe(0);
    expect(await Promise.all([totalCount(), totalCount()])).toEqual([1, 1]);
    expect(counts).toBe(1);
  });
});

describe('toConnection', () => {
  const rows = [3, 2, 1].map((minute) => ({
    id: `item-${minute}`,
    createdAt: new Date(Date.UTC(2026, 10, 21, 4, minute)),
  }));

  it('trims the look-ahead row and reports that another page exists', async () => {
    const connection = toConnection(rows, 2, () => Promise.resolve(7));

    expect(connection.nodes.map((node) => node.id)).toEqual(['item-3', 'item-2']);
    expect(connection.edges.map((edge) => edge.node)).toEqual(connection.nodes);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(rows[1]!) });
    expect(await connection.totalCount()).toBe(7);
  });

  it('reports the last page and an empty page', () => {
    expect(toConnection(rows, 3, () => Promise.resolve(3)).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: encodeCursor(rows[2]!),
    });
    expect(toConnection([], 10, () => Promise.resolve(0)).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('gives every edge the cursor of its own node', () => {
    for (const edge of toConnection(rows, 3, () => Promise.resolve(3)).edges) {
      expect(readPageRequest(1, edge.cursor).after).toEqual({
        createdAt: edge.node.createdAt,
        id: edge.node.id,
      });
    }
  });
});

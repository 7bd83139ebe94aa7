import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../test/fixtures/compose.js';
import { subgraphEndpoints } from './subgraph-endpoints.js';

const sdl = (type: string) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])\n${type}`;

const supergraph = composeSupergraph([
  { name: 'auth', url: 'http://127.0.0.1:4001/graphql', typeDefs: sdl('type Query { a: Int }') },
  { name: 'packing', url: 'http://127.0.0.1:4002/graphql', typeDefs: sdl('type Query { b: Int }') },
]);

describe('subgraphEndpoints', () => {
  it('lists the subgraphs of a supergraph with their URLs', () => {
    expect(subgraphEndpoints(supergraph)).toEqual([
      { name: 'auth', url: 'http://127.0.0.1:4001/graphql' },
      { name: 'packing', url: 'http://127.0.0.1:4002/graphql' },
    ]);
  });

  it('applies URL overrides by subgraph name', () => {
    expect(subgraphEndpoints(supergraph, { packing: 'http://packing:4002/graphql' })).toEqual([
      { name: 'auth', url: 'http://127.0.0.1:4001/graphql' },
      { name: 'packing', url: 'http://packing:4002/graphql' },
    ]);
  });
});

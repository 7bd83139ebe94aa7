import { describe, expect, it } from 'vitest';
import {
  groupGrowth,
  groupSummary,
  heapGraph,
  retainerChains,
  type HeapSnapshotJson,
} from './heap-snapshot-summary.js';

const NODE_TYPES = [
  'hidden',
  'array',
  'string',
  'object',
  'code',
  'closure',
  'regexp',
  'number',
  'native',
  'synthetic',
];
const EDGE_TYPES = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];

/** A snapshot from [type, name, id, selfSize, edges: [edgeType, name, toNode]] nodes, in V8's layout. */
function snapshot(
  nodes: [string, string, number, number, [string, string | number, number][]][],
): HeapSnapshotJson {
  const strings: string[] = [];
  const string = (value: string) =>
    strings.includes(value) ? strings.indexOf(value) : strings.push(value) - 1;
  const nodeFields = ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'];
  return {
    snapshot: {
      meta: {
        node_fields: nodeFields,
        node_types: [NODE_TYPES, 'string'],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [EDGE_TYPES, 'string_or_number', 'node'],
      },
      node_count: nodes.length,
      edge_count: nodes.reduce((sum, node) => sum + node[4].length, 0),
    },
    nodes: nodes.flatMap(([type, name, id, size, edges]) => [
      NODE_TYPES.indexOf(type),
      string(name),
      id,
      size,
      edges.length,
      0,
      0,
    ]),
    edges: nodes.flatMap(([, , , , edges]) =>
      edges.flatMap(([type, name, to]) => [
        EDGE_TYPES.indexOf(type),
        typeof name === 'number' ? name : string(name),
        to * nodeFields.length,
      ]),
    ),
    strings,
  };
}

// root → Cache.entries (Map) → two Session objects; one Session also weakly held by a WeakRef.
const before = snapshot([
  ['synthetic', '(GC roots)', 1, 0, [['element', 0, 1]]],
  ['object', 'Cache', 3, 32, [['property', 'entries', 2]]],
  ['object', 'Map', 5, 64, [['internal', 'table', 3]]],
  ['array', '', 7, 100, [['element', 0, 4]]],
  ['object', 'Session', 9, 40, []],
]);
const after = snapshot([
  [
    'synthetic',
    '(GC roots)',
    1,
    0,
    [
      ['element', 0, 1],
      ['element', 1, 6],
    ],
  ],
  ['object', 'Cache', 3, 32, [['property', 'entries', 2]]],
  ['object', 'Map', 5, 64, [['internal', 'table', 3]]],
  [
    'array',
    '',
    7,
    200,
    [
      ['element', 0, 4],
      ['element', 1, 5],
    ],
  ],
  ['object', 'Session', 9, 40, []],
  ['object', 'Session', 11, 40, []],
  ['object', 'WeakRef', 13, 16, [['weak', 'target', 5]]],
]);

describe('heap snapshot summary', () => {
  it('groups objects by constructor and the rest by type, and diffs two snapshots', () => {
    const start = groupSummary(heapGraph(before));
    expect(start.find(({ group }) => group === 'Session')).toEqual({
      group: 'Session',
      count: 1,
      selfBytes: 40,
    });
    expect(start.find(({ group }) => group === '(array)')).toEqual({
      group: '(array)',
      count: 1,
      selfBytes: 100,
    });
    const growth = groupGrowth(start, groupSummary(heapGraph(after)));
    expect(growth[0]).toEqual({ group: '(array)', count: 0, selfBytes: 100 });
    expect(growth.find(({ group }) => group === 'Session')).toEqual({
      group: 'Session',
      count: 1,
      selfBytes: 40,
    });
    expect(growth.find(({ group }) => group === 'WeakRef')).toEqual({
      group: 'WeakRef',
      count: 1,
      selfBytes: 16,
    });
  });

  it('follows strong retainers of the new objects only, weak references ignored', () => {
    const graph = heapGraph(after);
    const startIds = new Set([1, 3, 5, 7, 9]);
    const isNew = (node: number) => !startIds.has(graph.idOf(node));
    expect(retainerChains(graph, 'Session', isNew, 3)).toEqual([
      { chain: '(array).[1] ← Map.table ← Cache.entries', count: 1 },
    ]);
  });
});

/**
 * Reads a V8 `.heapsnapshot` (the JSON Chrome DevTools opens) into what a soak needs to find what
 * grows: objects grouped by constructor (DevTools' "Summary" view), and for the objects of a group
 * that are new since an earlier snapshot of the same process (V8 keeps object ids across snapshots
 * of one process), the retainer chains that hold them.
 */

export interface HeapSnapshotJson {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
    node_count: number;
    edge_count: number;
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapGroup {
  /** A constructor name for objects, `(type)` for the rest (strings, closures, code, arrays, …). */
  group: string;
  count: number;
  selfBytes: number;
}

/** A parsed snapshot with its nodes' groups and the reverse edges (retainers) indexed. */
export interface HeapGraph {
  nodeCount: number;
  groupOf(node: number): string;
  idOf(node: number): number;
  selfBytesOf(node: number): number;
  /** Strong retainers of a node: the retaining node and the edge's name. */
  retainersOf(node: number): { node: number; edge: string }[];
}

const OBJECT_LIKE = new Set(['object', 'native']);
/** Edges that do not keep their target alive, or that only V8's internals take. */
const NOT_RETAINING = new Set(['weak', 'shortcut']);

export function heapGraph(json: HeapSnapshotJson): HeapGraph {
  const { meta } = json.snapshot;
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(
    (field) => meta.node_fields.indexOf(field),
  ) as [number, number, number, number, number];
  const [edgeTypeAt, edgeNameAt, toNodeAt] = ['type', 'name_or_index', 'to_node'].map((field) =>
    meta.edge_fields.indexOf(field),
  ) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const { nodes, edges, strings } = json;
  const nodeCount = nodes.length / nodeFields;

  // Reverse edges, as compact arrays: retainers of node n are retainerNode[firstRetainer[n] ..< firstRetainer[n + 1]].
  const retainerCount = new Uint32Array(nodeCount + 1);
  const edgeOwner = new Uint32Array(edges.length / edgeFields);
  for (let node = 0, edge = 0; node < nodeCount; node += 1) {
    const count = nodes[node * nodeFields + edgeCountAt]!;
    for (let index = 0; index < count; index += 1, edge += 1) {
      edgeOwner[edge] = node;
      if (NOT_RETAINING.has(edgeTypes[edges[edge * edgeFields + edgeTypeAt]!]!)) continue;
      retainerCount[edges[edge * edgeFields + toNodeAt]! / nodeFields]! += 1;
    }
  }
  const firstRetainer = new Uint32Array(nodeCount + 1);
  for (let node = 0; node < nodeCount; node += 1)
    firstRetainer[node + 1] = firstRetainer[node]! + retainerCount[node]!;
  const retainerEdge = new Uint32Array(firstRetainer[nodeCount]!);
  const filled = new Uint32Array(nodeCount);
  for (let edge = 0; edge < edgeOwner.length; edge += 1) {
    if (NOT_RETAINING.has(edgeTypes[edges[edge * edgeFields + edgeTypeAt]!]!)) continue;
    const target = edges[edge * edgeFields + toNodeAt]! / nodeFields;
    retainerEdge[firstRetainer[target]! + filled[target]!] = edge;
    filled[target]! += 1;
  }

  const edgeName = (edge: number): string => {
    const type = edgeTypes[edges[edge * edgeFields + edgeTypeAt]!]!;
    const nameOrIndex = edges[edge * edgeFields + edgeNameAt]!;
    return type === 'element' || type === 'hidden' ? `[${nameOrIndex}]` : strings[nameOrIndex]!;
  };

  return {
    nodeCount,
    groupOf(node) {
      const type = nodeTypes[nodes[node * nodeFields + typeAt]!]!;
      return OBJECT_LIKE.has(type) ? strings[nodes[node * nodeFields + nameAt]!]! : `(${type})`;
    },
    idOf: (node) => nodes[node * nodeFields + idAt]!,
    selfBytesOf: (node) => nodes[node * nodeFields + sizeAt]!,
    retainersOf(node) {
      const found: { node: number; edge: string }[] = [];
      for (let index = firstRetainer[node]!; index < firstRetainer[node + 1]!; index += 1) {
        const edge = retainerEdge[index]!;
        found.push({ node: edgeOwner[edge]!, edge: edgeName(edge) });
      }
      return found;
    },
  };
}

/** Objects by group, largest self size first; `only` restricts to some nodes (the new ones, say). */
export function groupSummary(graph: HeapGraph, only?: (node: number) => boolean): HeapGroup[] {
  const groups = new Map<string, HeapGroup>();
  for (let node = 0; node < graph.nodeCount; node += 1) {
    if (only && !only(node)) continue;
    const group = graph.groupOf(node);
    const entry = groups.get(group) ?? { group, count: 0, selfBytes: 0 };
    entry.count += 1;
    entry.selfBytes += graph.selfBytesOf(node);
    groups.set(group, entry);
  }
  return [...groups.values()].sort((a, b) => b.selfBytes - a.selfBytes);
}

/** Growth of each group from `before` to `after` (both from groupSummary), most bytes first. */
export function groupGrowth(before: readonly HeapGroup[], after: readonly HeapGroup[]): HeapGroup[] {
  const earlier = new Map(before.map((entry) => [entry.group, entry]));
  const grown = after.map((entry) => ({
    group: entry.group,
    count: entry.count - (earlier.get(entry.group)?.count ?? 0),
    selfBytes: entry.selfBytes - (earlier.get(entry.group)?.selfBytes ?? 0),
  }));
  return grown.sort((a, b) => b.selfBytes - a.selfBytes);
}

/**
 * The commonest retainer chains (up to `depth` hops, `Group.edge ← Group.edge ← …`) of the nodes
 * `only` picks in `group`, each hop through the first strong retainer that is not the node itself.
 */
export function retainerChains(
  graph: HeapGraph,
  group: string,
  only: (node: number) => boolean,
  depth = 4,
): { chain: string; count: number }[] {
  const chains = new Map<string, number>();
  for (let node = 0; node < graph.nodeCount; node += 1) {
    if (!only(node) || graph.groupOf(node) !== group) continue;
    const hops: string[] = [];
    const seen = new Set([node]);
    let current = node;
    for (let hop = 0; hop < depth; hop += 1) {
      const retainer = graph.retainersOf(current).find(({ node: next }) => !seen.has(next));
      if (!retainer) break;
      hops.push(`${graph.groupOf(retainer.node)}.${retainer.edge}`);
      seen.add(retainer.node);
      current = retainer.node;
    }
    const chain = hops.join(' ← ') || '(no retainer)';
    chains.set(chain, (chains.get(chain) ?? 0) + 1);
  }
  return [...chains.entries()].map(([chain, count]) => ({ chain, count })).sort((a, b) => b.count - a.count);
}

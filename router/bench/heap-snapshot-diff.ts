/**
 * `node --conditions=source --import tsx router/bench/heap-snapshot-diff.ts <start> <end>`: what
 * grew between two heap snapshots of one process (the soak's BENCH_SOAK_SNAPSHOTS): groups by
 * growth in bytes and count, then for the groups that grew most, the retainer chains of their
 * objects that are new in the end snapshot.
 */
import { readFile } from 'node:fs/promises';
import {
  groupGrowth,
  groupSummary,
  heapGraph,
  retainerChains,
  type HeapSnapshotJson,
} from './heap-snapshot-summary.js';

const TOP_GROUPS = Number(process.env['TOP_GROUPS'] ?? 20);
const CHAINED_GROUPS = Number(process.env['CHAINED_GROUPS'] ?? 6);

async function main(): Promise<void> {
  const [startPath, endPath] = process.argv.slice(2);
  if (!startPath || !endPath)
    throw new Error('usage: heap-snapshot-diff.ts <start.heapsnapshot> <end.heapsnapshot>');
  const start = heapGraph(JSON.parse(await readFile(startPath, 'utf8')) as HeapSnapshotJson);
  const startIds = new Set<number>();
  for (let node = 0; node < start.nodeCount; node += 1) startIds.add(start.idOf(node));
  const startGroups = groupSummary(start);
  const end = heapGraph(JSON.parse(await readFile(endPath, 'utf8')) as HeapSnapshotJson);
  const endGroups = groupSummary(end);
  const isNew = (node: number) => !startIds.has(end.idOf(node));
  const total = (groups: readonly { selfBytes: number }[]) =>
    groups.reduce((sum, { selfBytes }) => sum + selfBytes, 0);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

  console.log(
    `heap ${mb(total(startGroups))} MB → ${mb(total(endGroups))} MB (${start.nodeCount} → ${end.nodeCount} objects)`,
  );
  const newGroups = groupSummary(end, isNew);
  console.log(`new since the start and still alive: ${mb(total(newGroups))} MB\n`);
  console.log(
    'grew most (self size)'.padEnd(48) +
      'Δ MB'.padStart(9) +
      'Δ count'.padStart(10) +
      'new MB'.padStart(9) +
      'new count'.padStart(11),
  );
  const newByGroup = new Map(newGroups.map((entry) => [entry.group, entry]));
  const grown = groupGrowth(startGroups, endGroups).slice(0, TOP_GROUPS);
  for (const { group, selfBytes, count } of grown) {
    const fresh = newByGroup.get(group);
    console.log(
      `${group.slice(0, 46).padEnd(48)}${mb(selfBytes).padStart(9)}${String(count).padStart(10)}${mb(fresh?.selfBytes ?? 0).padStart(9)}${String(fresh?.count ?? 0).padStart(11)}`,
    );
  }
  for (const { group } of newGroups.slice(0, CHAINED_GROUPS)) {
    console.log(`\nnew ${group} (${newByGroup.get(group)!.count}), held by:`);
    for (const { chain, count } of retainerChains(end, group, isNew).slice(0, 5))
      console.log(`  ${String(count).padStart(7)}  ${chain}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { Supergraph } from '@apollo/federation-internals';
import { apiSchemaOf, buildSupergraph } from '../compose/api-schema.js';
import type { SchemaProblem } from '../compose/schema-problem.js';
import { APPROVALS_PATH, type BreakingChangeApproval } from './approvals.js';
import { wasDeprecated } from './deprecation.js';

/** Options of {@link findBreakingChanges}. */
export interface FindBreakingChangesOptions {
  /** The supergraph clients rely on today (the base). */
  oldSupergraph: string;
  /** The supergraph about to replace it (a fresh composition). */
  newSupergraph: string;
  /**
   * Reviewed exceptions from schema/breaking-changes-approved.json.
   * @default []
   */
  approvals?: readonly BreakingChangeApproval[];
}

/** Breaking changes that fail the check, and notes on the ones that were allowed. */
export interface BreakingChangeReport {
  problems: SchemaProblem[];
  notes: string[];
}

/** graphql-inspector's dotted path (`Type.field.arg`) as a schema coordinate (`Type.field(arg:)`). */
export function toCoordinate(path: readonly string[]): string {
  const [type = '', member, argument] = path;
  if (member === undefined) return type;
  return argument === undefined ? `${type}.${member}` : `${type}.${member}(${argument}:)`;
}

/** Subgraphs that define the element (or, failing that, its type) in either supergraph. */
function owningSubgraphs(supergraphs: readonly Supergraph[], path: readonly string[]): string[] {
  const candidates = [toCoordinate(path), toCoordinate(path.slice(0, 2)), toCoordinate(path.slice(0, 1))];
  for (const coordinate of candidates) {
    const owners = new Set<string>();
    for (const supergraph of supergraphs) {
      for (const subgraph of supergraph.subgraphs().values()) {
        if (subgraph.schema.elementByCoordinate(coordinate)) owners.add(subgraph.name);
      }
    }
    if (owners.size > 0) return [...owners].sort();
  }
  return [];
}

/** What to do instead: additions that break (a required argument) differ from removals and changes. */
function advice(change: Change): string {
  if (String(change.type).endsWith('_ADDED')) {
    return 'Breaks existing operations: make it optional (nullable or with a default) (schema/README.md)';
  }
  return 'Breaks existing clients: deprecate it first (@deprecated(reason: "…")), remove it in a later change (schema/README.md)';
}

function isApproved(change: Change, coordinate: string, approvals: readonly BreakingChangeApproval[]) {
  return approvals.find(
    (a) => a.coordinate === coordinate && (a.change === undefined || a.change === change.type),
  );
}

/**
 * Compares the public API schemas of two supergraphs with graphql-inspector and fails every
 * BREAKING change unless the element was deprecated in the old schema (deprecate first, remove
 * later) or the change is listed in the approvals file.
 */
export async function findBreakingChanges(
  options: FindBreakingChangesOptions,
): Promise<BreakingChangeReport> {
  const approvals = options.approvals ?? [];
  const oldApi = apiSchemaOf(options.oldSupergraph);
  const newApi = apiSchemaOf(options.newSupergraph);
  const supergraphs = [buildSupergraph(options.newSupergraph), buildSupergraph(options.oldSupergraph)];
  const changes = await diff(oldApi, newApi);
  const problems: SchemaProblem[] = [];
  const notes: string[] = [];
  const used = new Set<BreakingChangeApproval>();
  for (const change of changes) {
    if (change.criticality.level !== CriticalityLevel.Breaking) continue;
    const path = change.path?.split('.') ?? [];
    const coordinate = toCoordinate(path);
    if (path.length > 0 && wasDeprecated(oldApi, path)) {
      notes.push(`allowed (deprecated before): ${coordinate}: ${change.message}`);
      continue;
    }
    const approval = isApproved(change, coordinate, approvals);
    if (approval) {
      used.add(approval);
      notes.push(`allowed (${APPROVALS_PATH}): ${coordinate}: ${approval.reason}`);
      continue;
    }
    problems.push({
      code: 'BREAKING_CHANGE',
      subgraphs: owningSubgraphs(supergraphs, path),
      ...(coordinate ? { coordinate } : {}),
      message: `${change.message} [${change.type}]. ${advice(change)}`,
      locations: [],
    });
  }
  for (const approval of approvals) {
    if (!used.has(approval)) {
      notes.push(`unused approval for ${approval.coordinate}: remove it from ${APPROVALS_PATH}`);
    }
  }
  return { problems, notes };
}

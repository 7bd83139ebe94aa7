import { composeSupergraph } from '../compose/compose-supergraph.js';
import type { SchemaProblem } from '../compose/schema-problem.js';
import { readApprovals } from './approvals.js';
import { findBreakingChanges } from './breaking-changes.js';
import { resolveSchemaBase } from './schema-base.js';
import { findStaleContract } from './staleness.js';

/** Options of {@link checkContract}. */
export interface CheckContractOptions {
  /** Repository root holding `schema/`. */
  rootDir: string;
  /**
   * Git ref whose supergraph is the base for the breaking-change check (the CLI passes SCHEMA_BASE_REF).
   * @default undefined: chosen by resolveSchemaBase from the working tree and history
   */
  baseRef?: string;
}

/** The verdict: `ok` when `problems` is empty; `notes` say what was compared, skipped or allowed. */
export interface ContractReport {
  ok: boolean;
  /** Whether the SDL composed; later checks (codegen) only make sense when it did. */
  composed: boolean;
  problems: SchemaProblem[];
  notes: string[];
}

/**
 * The contract gate CI runs: the SDL composes, the committed supergraph and API schema match a
 * fresh composition, and the public API has no breaking change against the base supergraph.
 */
export async function checkContract(options: CheckContractOptions): Promise<ContractReport> {
  const { rootDir } = options;
  const composed = composeSupergraph({ rootDir });
  if (!composed.ok) return { ok: false, composed: false, problems: composed.problems, notes: [] };

  const notes: string[] = [`composed ${composed.subgraphs.map((s) => s.name).join(', ')}`];
  const problems = findStaleContract(rootDir, composed);

  const base = resolveSchemaBase({
    rootDir,
    ...(options.baseRef !== undefined ? { baseRef: options.baseRef } : {}),
  });
  if (!base.found) {
    notes.push(`breaking-change check skipped: ${base.note}`);
  } else {
    notes.push(`breaking changes checked against ${base.ref} (${base.why})`);
    const breaking = await findBreakingChanges({
      oldSupergraph: base.supergraph,
      newSupergraph: composed.supergraph,
      approvals: readApprovals(rootDir),
    });
    problems.push(...breaking.problems);
    notes.push(...breaking.notes);
  }
  return { ok: problems.length === 0, composed: true, problems, notes };
}

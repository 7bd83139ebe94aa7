import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPERGRAPH_PATH } from '../compose/compose-supergraph.js';
import { fileAtRef, gitOutput } from './git.js';

/** The earlier supergraph the current one is compared with for breaking changes. */
export interface SchemaBaseFound {
  found: true;
  /** The git revision the base was read from, e.g. `HEAD` or `3f2a1c0^`. */
  ref: string;
  /** Why this base was chosen, for the check's output. */
  why: string;
  supergraph: string;
}

/** There is nothing to compare with; `note` says why, and the breaking-change check is skipped. */
export interface SchemaBaseMissing {
  found: false;
  note: string;
}

/** SCHEMA_BASE_REF names nothing: a configuration mistake, reported as a failure rather than skipped. */
export class SchemaBaseRefError extends Error {
  override readonly name = 'SchemaBaseRefError';
}

/** Options of {@link resolveSchemaBase}. */
export interface ResolveSchemaBaseOptions {
  /** Repository root (inside a git work tree). */
  rootDir: string;
  /**
   * A git ref to compare with (CI sets SCHEMA_BASE_REF to the pull request's target branch).
   * @default undefined: chosen from the working tree and history, see below
   */
  baseRef?: string;
}

/**
 * Chooses the supergraph to check the current contract against:
 * 1. `baseRef` if given;
 * 2. else HEAD's supergraph if the working tree's differs from it (a change being prepared);
 * 3. else the version before the last commit that changed the supergraph, so a clean clone (CI on
 *    a push) still checks the latest contract change against its predecessor.
 */
export function resolveSchemaBase(options: ResolveSchemaBaseOptions): SchemaBaseFound | SchemaBaseMissing {
  const { rootDir, baseRef } = options;
  if (gitOutput(rootDir, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
    return { found: false, note: 'not a git work tree: no earlier supergraph to compare with' };
  }
  if (baseRef !== undefined) {
    if (gitOutput(rootDir, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]) === undefined) {
      throw new SchemaBaseRefError(`SCHEMA_BASE_REF=${baseRef} is not a commit in this repository`);
    }
    const supergraph = fileAtRef(rootDir, baseRef, SUPERGRAPH_PATH);
    if (supergraph === undefined) {
      return { found: false, note: `${baseRef} has no ${SUPERGRAPH_PATH}: nothing to compare with` };
    }
    return { found: true, ref: baseRef, why: 'SCHEMA_BASE_REF', supergraph };
  }

  const atHead = fileAtRef(rootDir, 'HEAD', SUPERGRAPH_PATH);
  if (atHead === undefined) {
    return { found: false, note: `${SUPERGRAPH_PATH} is not committed yet: nothing to compare with` };
  }
  const workingPath = join(rootDir, SUPERGRAPH_PATH);
  const working = existsSync(workingPath) ? readFileSync(workingPath, 'utf8') : undefined;
  if (working !== atHead) {
    return {
      found: true,
      ref: 'HEAD',
      why: 'the working tree changes the committed supergraph',
      supergraph: atHead,
    };
  }

  const lastChange = gitOutput(rootDir, ['log', '-n', '1', '--format=%H', '--', SUPERGRAPH_PATH])?.trim();
  if (!lastChange)
    return { found: false, note: `no commit changed ${SUPERGRAPH_PATH}: nothing to compare with` };
  const short = lastChange.slice(0, 12);
  const previous = fileAtRef(rootDir, `${lastChange}^`, SUPERGRAPH_PATH);
  if (previous === undefined) {
    const shallow = gitOutput(rootDir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
    return {
      found: false,
      note: shallow
        ? `shallow clone: the version before ${short} is not fetched (use fetch-depth: 0 or set SCHEMA_BASE_REF)`
        : `${short} introduced ${SUPERGRAPH_PATH}: no earlier version to compare with`,
    };
  }
  return {
    found: true,
    ref: `${short}^`,
    why: `the version before ${short}, the last commit that changed ${SUPERGRAPH_PATH}`,
    supergraph: previous,
  };
}

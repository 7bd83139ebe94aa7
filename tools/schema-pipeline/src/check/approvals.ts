import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Repository-relative path of the reviewed list of allowed breaking changes. */
export const APPROVALS_PATH = 'schema/breaking-changes-approved.json';

/** One breaking change that was reviewed and accepted anyway (the escape hatch; see schema/README.md). */
export interface BreakingChangeApproval {
  /** Schema coordinate of the element, as schema:check prints it: `User.items`, `User.items(first:)`. */
  coordinate: string;
  /** graphql-inspector change type, e.g. `FIELD_REMOVED`; when omitted, any breaking change at the coordinate. */
  change?: string;
  /** Why breaking clients is acceptable here; required so the review has something to review. */
  reason: string;
}

/** Thrown when the approvals file exists but is malformed. */
export class ApprovalsFileError extends Error {
  override readonly name = 'ApprovalsFileError';
}

/** Reads schema/breaking-changes-approved.json; a missing file means nothing is approved. */
export function readApprovals(rootDir: string): BreakingChangeApproval[] {
  const path = join(rootDir, APPROVALS_PATH);
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ApprovalsFileError(`${APPROVALS_PATH}: ${(error as Error).message}`);
  }
  const list = (raw as { approved?: unknown } | null)?.approved;
  if (!Array.isArray(list)) throw new ApprovalsFileError(`${APPROVALS_PATH}: expected an "approved" array`);
  return list.map((entry: unknown, index) => {
    const { coordinate, change, reason } = (entry ?? {}) as Record<string, unknown>;
    const where = `${APPROVALS_PATH}: approved[${index}]`;
    if (typeof coordinate !== 'string' || coordinate.length === 0) {
      throw new ApprovalsFileError(`${where}.coordinate must be a schema coordinate such as "User.items"`);
    }
    if (change !== undefined && typeof change !== 'string') {
      throw new ApprovalsFileError(`${where}.change must be a change type such as "FIELD_REMOVED"`);
    }
    if (typeof reason !== 'string' || reason.trim().length === 0) {
      throw new ApprovalsFileError(`${where}.reason must say why breaking clients is acceptable`);
    }
    return { coordinate, reason, ...(change !== undefined ? { change } : {}) };
  });
}

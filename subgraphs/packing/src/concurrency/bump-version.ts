import { notFound } from '@packyourbag/service-kit';
import { staleVersion } from './stale-version.js';

export interface BumpVersionSteps {
  /** Raises the version of the owner's row, only if it is still `version` when one is given. */
  update: (version: number | undefined) => Promise<{ count: number }>;
  /** The owner's row's version now, or null when there is no such row of theirs. */
  readVersion: () => Promise<{ version: number } | null>;
}

/**
 * Claims an aggregate for a change: raises its version (when `expectedVersion` is given, only if it
 * is still current) and, inside a transaction, locks its row until commit, so concurrent edits of
 * the same list or pack queue up instead of interleaving. NOT_FOUND when it is not the owner's,
 * CONFLICT (extensions.currentVersion) when the expected version is stale.
 */
export async function bumpVersion(
  what: string,
  id: string,
  expectedVersion: number | null | undefined,
  steps: BumpVersionSteps,
): Promise<void> {
  const { count } = await steps.update(expectedVersion ?? undefined);
  if (count > 0) return;
  const current = await steps.readVersion();
  if (!current) throw notFound(what, id);
  throw staleVersion(what, id, current.version);
}

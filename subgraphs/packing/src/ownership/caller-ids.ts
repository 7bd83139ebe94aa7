import { notFound, requireScope, Scope } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';

/** The caller's user id when the token may read packing data (UNAUTHENTICATED / FORBIDDEN otherwise). */
export function readerId(context: SubgraphContext): string {
  return requireScope(context, Scope.PackingRead).userId;
}

/** The caller's user id when the token may change packing data. */
export function writerId(context: SubgraphContext): string {
  return requireScope(context, Scope.PackingWrite).userId;
}

/** The caller's id when `user` is the caller; anyone else's User answers like one that does not exist. */
export function ownUserId(context: SubgraphContext, user: { id: string }): string {
  const id = readerId(context);
  if (id !== user.id) throw notFound('User', user.id);
  return id;
}

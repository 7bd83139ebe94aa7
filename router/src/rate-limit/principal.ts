import type { Caller } from '@packyourbag/service-kit';

/**
 * Whose budget a request spends: a personal access token has its own (keyed by its id, so one
 * leaked token cannot drain its owner's other clients), a signed-in session spends its user's,
 * and anonymous callers share one per client IP.
 */
export function principalOf(caller: Caller | undefined, clientIp: string): string {
  if (!caller) return `ip:${clientIp}`;
  const personal = 'kind' in caller ? caller.kind === 'personal' : caller.sessionId === undefined;
  return personal ? `pat:${caller.tokenId}` : `user:${caller.userId}`;
}

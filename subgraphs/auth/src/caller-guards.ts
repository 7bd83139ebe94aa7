import { forbidden, requireCaller, type Caller } from '@packyourbag/service-kit';
import type { SubgraphContext } from './context.js';

/**
 * The caller, signed in with a session: account management (sessions, passwords, tokens, the
 * audit log) is refused to personal access tokens, whatever their scopes.
 */
export function requireSessionCaller(context: SubgraphContext): Caller {
  const caller = requireCaller(context);
  if (caller.kind === 'personal') {
    throw forbidden('Personal access tokens cannot manage the account; sign in instead.');
  }
  return caller;
}

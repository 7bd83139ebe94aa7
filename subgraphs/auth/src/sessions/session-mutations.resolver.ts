import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { clientInfoOf } from '../audit/client-info.js';
import { requireSessionCaller } from '../caller-guards.js';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ResultOf } from '../generated/graphql.js';
import { SessionService } from './session.service.js';

/** Signing out: this session, every session, or one chosen from the list. */
@Resolver('Mutation')
export class SessionMutationsResolver {
  constructor(@Inject(SessionService) private readonly sessions: SessionService) {}

  @Mutation('signOut')
  signOut(@Context() context: SubgraphContext): Promise<ResultOf<'Mutation', 'signOut'>> {
    const caller = requireSessionCaller(context);
    if (!caller.sessionId) return Promise.resolve(false);
    return this.sessions.signOut(caller.userId, caller.sessionId, clientInfoOf(context));
  }

  @Mutation('signOutEverywhere')
  signOutEverywhere(@Context() context: SubgraphContext): Promise<ResultOf<'Mutation', 'signOutEverywhere'>> {
    return this.sessions.signOutEverywhere(requireSessionCaller(context).userId, clientInfoOf(context));
  }

  @Mutation('revokeSession')
  revokeSession(
    @Args() { id }: ArgsOf<'Mutation', 'revokeSession'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'revokeSession'>> {
    const caller = requireSessionCaller(context);
    return this.sessions.revoke(caller.userId, id, clientInfoOf(context), caller.sessionId);
  }
}

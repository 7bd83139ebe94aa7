import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { unauthenticated } from '@packyourbag/service-kit';
import { clientInfoOf } from '../audit/client-info.js';
import { requireSessionCaller } from '../caller-guards.js';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ResultOf } from '../generated/graphql.js';
import { SessionService } from '../sessions/session.service.js';
import { AccountService } from './account.service.js';
import { toAuthPayload } from './auth-payload.js';

/** Account mutations. signUp, signIn, startGuestSession and refreshSession are public (router only). */
@Resolver('Mutation')
export class AccountMutationsResolver {
  constructor(
    @Inject(AccountService) private readonly accounts: AccountService,
    @Inject(SessionService) private readonly sessions: SessionService,
  ) {}

  @Mutation('signUp')
  async signUp(
    @Args() { input }: ArgsOf<'Mutation', 'signUp'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'signUp'>> {
    return toAuthPayload(await this.accounts.signUp(input.email, input.password, clientInfoOf(context)));
  }

  @Mutation('signIn')
  async signIn(
    @Args() { input }: ArgsOf<'Mutation', 'signIn'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'signIn'>> {
    return toAuthPayload(await this.accounts.signIn(input.email, input.password, clientInfoOf(context)));
  }

  @Mutation('startGuestSession')
  async startGuestSession(
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'startGuestSession'>> {
    return toAuthPayload(await this.accounts.startGuest(clientInfoOf(context)));
  }

  @Mutation('refreshSession')
  async refreshSession(
    @Args() { refreshToken }: ArgsOf<'Mutation', 'refreshSession'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'refreshSession'>> {
    const session = await this.sessions.refresh(refreshToken, clientInfoOf(context));
    const user = await this.accounts.findById(session.userId);
    if (!user) throw unauthenticated('The refresh token is invalid, expired or revoked. Sign in again.');
    return toAuthPayload({ user, session });
  }

  @Mutation('upgradeGuest')
  upgradeGuest(
    @Args() { input }: ArgsOf<'Mutation', 'upgradeGuest'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'upgradeGuest'>> {
    const caller = requireSessionCaller(context);
    return this.accounts.upgradeGuest(caller.userId, input.email, input.password, clientInfoOf(context));
  }

  @Mutation('changePassword')
  changePassword(
    @Args() { input }: ArgsOf<'Mutation', 'changePassword'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'changePassword'>> {
    const caller = requireSessionCaller(context);
    return this.accounts.changePassword(
      caller.userId,
      caller.sessionId,
      input.currentPassword,
      input.newPassword,
      clientInfoOf(context),
    );
  }

  @Mutation('deleteAccount')
  deleteAccount(
    @Args() { input }: ArgsOf<'Mutation', 'deleteAccount'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'deleteAccount'>> {
    const caller = requireSessionCaller(context);
    return this.accounts.deleteAccount(caller.userId, input.password, clientInfoOf(context));
  }
}

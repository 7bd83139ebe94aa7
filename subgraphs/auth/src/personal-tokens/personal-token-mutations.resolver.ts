import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { clientInfoOf } from '../audit/client-info.js';
import { requireSessionCaller } from '../caller-guards.js';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ResultOf } from '../generated/graphql.js';
import { PersonalTokenService } from './personal-token.service.js';

/** Creating and revoking personal access tokens (session callers only: a token cannot mint tokens). */
@Resolver('Mutation')
export class PersonalTokenMutationsResolver {
  constructor(@Inject(PersonalTokenService) private readonly tokens: PersonalTokenService) {}

  @Mutation('createPersonalAccessToken')
  create(
    @Args() { input }: ArgsOf<'Mutation', 'createPersonalAccessToken'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'createPersonalAccessToken'>> {
    const caller = requireSessionCaller(context);
    return this.tokens.create(caller.userId, input, clientInfoOf(context));
  }

  @Mutation('revokePersonalAccessToken')
  revoke(
    @Args() { id }: ArgsOf<'Mutation', 'revokePersonalAccessToken'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'revokePersonalAccessToken'>> {
    return this.tokens.revoke(requireSessionCaller(context).userId, id, clientInfoOf(context));
  }
}

import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { clientInfoOf } from '../audit/client-info.js';
import { requireSessionCaller } from '../caller-guards.js';
import type { SubgraphContext } from '../context.js';
import type {
  MutationCreatePersonalAccessTokenArgs,
  MutationRevokePersonalAccessTokenArgs,
} from '../generated/graphql.js';
import { PersonalTokenService, type PersonalTokenRecord } from './personal-token.service.js';

/** Creating and revoking personal access tokens (session callers only: a token cannot mint tokens). */
@Resolver('Mutation')
export class PersonalTokenMutationsResolver {
  constructor(@Inject(PersonalTokenService) private readonly tokens: PersonalTokenService) {}

  @Mutation('createPersonalAccessToken')
  create(@Args() { input }: MutationCreatePersonalAccessTokenArgs, @Context() context: SubgraphContext) {
    const caller = requireSessionCaller(context);
    return this.tokens.create(caller.userId, input, clientInfoOf(context));
  }

  @Mutation('revokePersonalAccessToken')
  revoke(
    @Args() { id }: MutationRevokePersonalAccessTokenArgs,
    @Context() context: SubgraphContext,
  ): Promise<PersonalTokenRecord> {
    return this.tokens.revoke(requireSessionCaller(context).userId, id, clientInfoOf(context));
  }
}

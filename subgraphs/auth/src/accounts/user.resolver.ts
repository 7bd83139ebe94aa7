import { Inject } from '@nestjs/common';
import { Context, Query, ResolveReference, Resolver } from '@nestjs/graphql';
import { requireCaller } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import { AccountService, type AccountRecord } from './account.service.js';

/** `User` as auth owns it: the signed-in user, and entity references from other subgraphs. */
@Resolver('User')
export class UserResolver {
  constructor(@Inject(AccountService) private readonly accounts: AccountService) {}

  @Query('me')
  me(@Context() context: SubgraphContext): Promise<AccountRecord | null> {
    return this.accounts.findById(requireCaller(context).userId);
  }

  /** Only the caller's own user resolves: another user's id answers like a missing one. */
  @ResolveReference()
  resolveReference(
    reference: { id: string },
    @Context() context: SubgraphContext,
  ): Promise<AccountRecord | null> {
    if (context.caller?.userId !== reference.id) return Promise.resolve(null);
    return this.accounts.findById(reference.id);
  }
}

import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireScope, Scope } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { MutationCreateItemArgs } from '../generated/graphql.js';
import { ItemService, type ItemRecord } from './item.service.js';

@Resolver('Mutation')
export class ItemMutationsResolver {
  constructor(@Inject(ItemService) private readonly items: ItemService) {}

  @Mutation('createItem')
  createItem(
    @Args() { input }: MutationCreateItemArgs,
    @Context() context: SubgraphContext,
  ): Promise<ItemRecord> {
    const caller = requireScope(context, Scope.PackingWrite);
    return this.items.create(caller.userId, input);
  }
}

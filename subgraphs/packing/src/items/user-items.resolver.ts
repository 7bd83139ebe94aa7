import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { notFound, requireScope, Scope } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { UserItemsArgs } from '../generated/graphql.js';
import { readPageRequest, type Connection } from '../pagination/cursor-page.js';
import { ItemService, type ItemRecord } from './item.service.js';

/** Packing's fields on auth's `User` entity. */
@Resolver('User')
export class UserItemsResolver {
  constructor(@Inject(ItemService) private readonly itemService: ItemService) {}

  @ResolveReference()
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('items')
  itemsOf(
    @Parent() user: { id: string },
    @Args() args: UserItemsArgs,
    @Context() context: SubgraphContext,
  ): Promise<Connection<ItemRecord>> {
    const caller = requireScope(context, Scope.PackingRead);
    if (caller.userId !== user.id) throw notFound('User', user.id);
    return this.itemService.listForOwner(user.id, readPageRequest(args.first, args.after));
  }
}

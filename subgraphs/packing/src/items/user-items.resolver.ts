import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { UserItemsArgs } from '../generated/graphql.js';
import type { Item } from '../generated/prisma/client.js';
import { ownUserId } from '../ownership/caller-ids.js';
import type { Connection } from '../pagination/cursor-page.js';
import { readItemPageQuery } from './item-page.js';
import { ItemService } from './item.service.js';

/** Packing's fields on auth's `User` entity: the library. */
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
  ): Promise<Connection<Item>> {
    const ownerId = ownUserId(context, user);
    return this.itemService.listForOwner(ownerId, readItemPageQuery(args));
  }
}

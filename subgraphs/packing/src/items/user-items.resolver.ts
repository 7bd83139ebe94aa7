import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ReferenceOf, ResultOf } from '../generated/graphql.js';
import { ownUserId } from '../ownership/caller-ids.js';
import { readItemPageQuery } from './item-page.js';
import { ItemService } from './item.service.js';

/** Packing's fields on auth's `User` entity: the library. */
@Resolver('User')
export class UserItemsResolver {
  constructor(@Inject(ItemService) private readonly itemService: ItemService) {}

  @ResolveReference()
  resolveReference(reference: ReferenceOf<'User'>): ResultOf<'User', '__resolveReference'> {
    return { id: reference.id };
  }

  @ResolveField('items')
  itemsOf(
    @Parent() user: ParentOf<'User'>,
    @Args() args: ArgsOf<'User', 'items'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'items'>> {
    const ownerId = ownUserId(context, user);
    return this.itemService.listForOwner(ownerId, readItemPageQuery(args));
  }
}

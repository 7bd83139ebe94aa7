import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type {
  MutationCreateItemArgs,
  MutationDeleteItemArgs,
  MutationUpdateItemArgs,
} from '../generated/graphql.js';
import type { Item } from '../generated/prisma/client.js';
import { writerId } from '../ownership/caller-ids.js';
import { ItemService } from './item.service.js';

@Resolver('Mutation')
export class ItemMutationsResolver {
  constructor(@Inject(ItemService) private readonly items: ItemService) {}

  @Mutation('createItem')
  createItem(@Args() { input }: MutationCreateItemArgs, @Context() context: SubgraphContext): Promise<Item> {
    return this.items.create(writerId(context), input);
  }

  @Mutation('updateItem')
  updateItem(
    @Args() { id, input }: MutationUpdateItemArgs,
    @Context() context: SubgraphContext,
  ): Promise<Item> {
    return this.items.update(writerId(context), id, input);
  }

  @Mutation('deleteItem')
  deleteItem(@Args() { id }: MutationDeleteItemArgs, @Context() context: SubgraphContext): Promise<string> {
    return this.items.delete(writerId(context), id);
  }
}

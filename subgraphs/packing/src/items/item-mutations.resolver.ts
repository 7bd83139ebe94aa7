import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ResultOf } from '../generated/graphql.js';
import { writerId } from '../ownership/caller-ids.js';
import { ItemService } from './item.service.js';

@Resolver('Mutation')
export class ItemMutationsResolver {
  constructor(@Inject(ItemService) private readonly items: ItemService) {}

  @Mutation('createItem')
  createItem(
    @Args() { input }: ArgsOf<'Mutation', 'createItem'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'createItem'>> {
    return this.items.create(writerId(context), input);
  }

  @Mutation('updateItem')
  updateItem(
    @Args() { id, input }: ArgsOf<'Mutation', 'updateItem'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'updateItem'>> {
    return this.items.update(writerId(context), id, input);
  }

  @Mutation('deleteItem')
  deleteItem(
    @Args() { id }: ArgsOf<'Mutation', 'deleteItem'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'deleteItem'>> {
    return this.items.delete(writerId(context), id);
  }
}

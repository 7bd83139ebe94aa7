import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ResultOf } from '../generated/graphql.js';

@Resolver('Item')
export class ItemResolver {
  @ResolveField('category')
  category(
    @Parent() item: ParentOf<'Item'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Item', 'category'>> | null {
    return item.categoryId ? context.loaders.categoryById.load(item.categoryId) : null;
  }

  @ResolveField('price')
  price(@Parent() item: ParentOf<'Item'>): ResultOf<'Item', 'price'> {
    return item.priceMinor === null || item.currency === null
      ? null
      : { amountMinor: item.priceMinor, currency: item.currency };
  }
}

import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { Category, Item } from '../generated/prisma/client.js';

@Resolver('Item')
export class ItemResolver {
  @ResolveField('category')
  category(@Parent() item: Item, @Context() context: SubgraphContext): Promise<Category | null> | null {
    return item.categoryId ? context.loaders.categoryById.load(item.categoryId) : null;
  }

  @ResolveField('price')
  price(@Parent() item: Item): { amountMinor: number; currency: string } | null {
    return item.priceMinor === null || item.currency === null
      ? null
      : { amountMinor: item.priceMinor, currency: item.currency };
  }
}

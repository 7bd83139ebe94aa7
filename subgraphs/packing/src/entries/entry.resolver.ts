import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ResultOf } from '../generated/graphql.js';

/** An entry's item; entries go with their item (ON DELETE CASCADE), so a missing one is NOT_FOUND. */
async function itemOf(
  context: SubgraphContext,
  entry: { itemId: string },
): Promise<ResultOf<'ListEntry', 'item'>> {
  const item = await context.loaders.itemById.load(entry.itemId);
  if (!item) throw notFound('Item', entry.itemId);
  return item;
}

@Resolver('ListEntry')
export class ListEntryResolver {
  @ResolveField('item')
  item(
    @Parent() entry: ParentOf<'ListEntry'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'ListEntry', 'item'>> {
    return itemOf(context, entry);
  }
}

@Resolver('PackEntry')
export class PackEntryResolver {
  @ResolveField('item')
  item(
    @Parent() entry: ParentOf<'PackEntry'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'PackEntry', 'item'>> {
    return itemOf(context, entry);
  }
}

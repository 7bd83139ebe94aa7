import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';

/** `item` of list entries and pack extra entries alike. */
@Resolver('ListEntry')
export class ListEntryResolver {
  @ResolveField('item')
  item(@Parent() entry: { itemId: string }, @Context() context: SubgraphContext) {
    return context.loaders.itemById.load(entry.itemId);
  }
}

@Resolver('PackEntry')
export class PackEntryResolver {
  @ResolveField('item')
  item(@Parent() entry: { itemId: string }, @Context() context: SubgraphContext) {
    return context.loaders.itemById.load(entry.itemId);
  }
}

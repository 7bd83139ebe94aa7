import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ResultOf } from '../generated/graphql.js';
import { checklistOf, progressOf } from './checklist.js';

@Resolver('Trip')
export class TripResolver {
  @ResolveField('pack')
  pack(
    @Parent() trip: ParentOf<'Trip'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Trip', 'pack'>> | null {
    return trip.packId ? context.loaders.packById.load(trip.packId) : null;
  }

  @ResolveField('checklist')
  checklist(
    @Parent() trip: ParentOf<'Trip'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Trip', 'checklist'>> {
    return checklistOf(context.loaders, trip);
  }

  @ResolveField('progress')
  async progress(
    @Parent() trip: ParentOf<'Trip'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Trip', 'progress'>> {
    return progressOf(await checklistOf(context.loaders, trip));
  }
}

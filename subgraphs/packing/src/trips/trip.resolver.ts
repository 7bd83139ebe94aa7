import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { Pack, Trip } from '../generated/prisma/client.js';
import { checklistOf, progressOf, type ChecklistLineRecord } from './checklist.js';

@Resolver('Trip')
export class TripResolver {
  @ResolveField('pack')
  pack(@Parent() trip: Trip, @Context() context: SubgraphContext): Promise<Pack | null> | null {
    return trip.packId ? context.loaders.packById.load(trip.packId) : null;
  }

  @ResolveField('checklist')
  checklist(@Parent() trip: Trip, @Context() context: SubgraphContext): Promise<ChecklistLineRecord[]> {
    return checklistOf(context.loaders, trip);
  }

  @ResolveField('progress')
  async progress(@Parent() trip: Trip, @Context() context: SubgraphContext) {
    return progressOf(await checklistOf(context.loaders, trip));
  }
}

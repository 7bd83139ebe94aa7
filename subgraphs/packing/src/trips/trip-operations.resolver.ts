import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type {
  MutationCheckAllTripItemsArgs,
  MutationCheckTripItemArgs,
  MutationCreateTripArgs,
  MutationDeleteTripArgs,
  MutationResetTripChecklistArgs,
  MutationUncheckTripItemArgs,
  MutationUpdateTripArgs,
  QueryTripArgs,
  UserTripsArgs,
} from '../generated/graphql.js';
import type { Trip } from '../generated/prisma/client.js';
import { ownUserId, readerId, writerId } from '../ownership/caller-ids.js';
import { readPageRequest, type Connection } from '../pagination/cursor-page.js';
import { TripService } from './trip.service.js';

@Resolver('User')
export class UserTripsResolver {
  constructor(@Inject(TripService) private readonly trips: TripService) {}

  @ResolveField('trips')
  tripsOf(
    @Parent() user: { id: string },
    @Args() args: UserTripsArgs,
    @Context() context: SubgraphContext,
  ): Promise<Connection<Trip>> {
    return this.trips.listForOwner(ownUserId(context, user), readPageRequest(args.first, args.after));
  }
}

@Resolver('Query')
export class TripQueriesResolver {
  constructor(@Inject(TripService) private readonly trips: TripService) {}

  @Query('trip')
  trip(@Args() { id }: QueryTripArgs, @Context() context: SubgraphContext): Promise<Trip> {
    return this.trips.get(readerId(context), id);
  }
}

@Resolver('Mutation')
export class TripMutationsResolver {
  constructor(@Inject(TripService) private readonly trips: TripService) {}

  @Mutation('createTrip')
  create(@Args() { input }: MutationCreateTripArgs, @Context() context: SubgraphContext) {
    return this.trips.create(writerId(context), input);
  }

  @Mutation('updateTrip')
  update(@Args() { id, input }: MutationUpdateTripArgs, @Context() context: SubgraphContext) {
    return this.trips.update(writerId(context), id, input, context.loaders);
  }

  @Mutation('deleteTrip')
  delete(@Args() { id }: MutationDeleteTripArgs, @Context() context: SubgraphContext) {
    return this.trips.delete(writerId(context), id);
  }

  @Mutation('checkTripItem')
  check(@Args() { tripId, itemId }: MutationCheckTripItemArgs, @Context() context: SubgraphContext) {
    return this.trips.check(writerId(context), tripId, itemId, context.loaders);
  }

  @Mutation('uncheckTripItem')
  uncheck(@Args() { tripId, itemId }: MutationUncheckTripItemArgs, @Context() context: SubgraphContext) {
    return this.trips.uncheck(writerId(context), tripId, itemId);
  }

  @Mutation('checkAllTripItems')
  checkAll(@Args() { tripId }: MutationCheckAllTripItemsArgs, @Context() context: SubgraphContext) {
    return this.trips.checkAll(writerId(context), tripId, context.loaders);
  }

  @Mutation('resetTripChecklist')
  reset(@Args() { tripId }: MutationResetTripChecklistArgs, @Context() context: SubgraphContext) {
    return this.trips.reset(writerId(context), tripId);
  }
}

import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ResultOf } from '../generated/graphql.js';
import { ownUserId, readerId, writerId } from '../ownership/caller-ids.js';
import { readPageRequest } from '../pagination/cursor-page.js';
import { TripService } from './trip.service.js';

@Resolver('User')
export class UserTripsResolver {
  constructor(@Inject(TripService) private readonly trips: TripService) {}

  @ResolveField('trips')
  tripsOf(
    @Parent() user: ParentOf<'User'>,
    @Args() args: ArgsOf<'User', 'trips'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'trips'>> {
    return this.trips.listForOwner(ownUserId(context, user), readPageRequest(args.first, args.after));
  }
}

@Resolver('Query')
export class TripQueriesResolver {
  constructor(@Inject(TripService) private readonly trips: TripService) {}

  @Query('trip')
  trip(
    @Args() { id }: ArgsOf<'Query', 'trip'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Query', 'trip'>> {
    return this.trips.get(readerId(context), id);
  }
}

@Resolver('Mutation')
export class TripMutationsResolver {
  constructor(@Inject(TripService) private readonly trips: TripService) {}

  @Mutation('createTrip')
  create(
    @Args() { input }: ArgsOf<'Mutation', 'createTrip'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'createTrip'>> {
    return this.trips.create(writerId(context), input);
  }

  @Mutation('updateTrip')
  update(
    @Args() { id, input }: ArgsOf<'Mutation', 'updateTrip'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'updateTrip'>> {
    return this.trips.update(writerId(context), id, input, context.loaders);
  }

  @Mutation('deleteTrip')
  delete(
    @Args() { id }: ArgsOf<'Mutation', 'deleteTrip'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'deleteTrip'>> {
    return this.trips.delete(writerId(context), id);
  }

  @Mutation('checkTripItem')
  check(
    @Args() { tripId, itemId }: ArgsOf<'Mutation', 'checkTripItem'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'checkTripItem'>> {
    return this.trips.check(writerId(context), tripId, itemId);
  }

  @Mutation('uncheckTripItem')
  uncheck(
    @Args() { tripId, itemId }: ArgsOf<'Mutation', 'uncheckTripItem'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'uncheckTripItem'>> {
    return this.trips.uncheck(writerId(context), tripId, itemId);
  }

  @Mutation('checkAllTripItems')
  checkAll(
    @Args() { tripId }: ArgsOf<'Mutation', 'checkAllTripItems'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'checkAllTripItems'>> {
    return this.trips.checkAll(writerId(context), tripId, context.loaders);
  }

  @Mutation('resetTripChecklist')
  reset(
    @Args() { tripId }: ArgsOf<'Mutation', 'resetTripChecklist'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'resetTripChecklist'>> {
    return this.trips.reset(writerId(context), tripId);
  }
}

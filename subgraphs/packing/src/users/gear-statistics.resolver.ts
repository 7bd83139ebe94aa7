import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ResultOf } from '../generated/graphql.js';
import { ownUserId } from '../ownership/caller-ids.js';
import { GearStatisticsService } from './gear-statistics.service.js';

@Resolver('User')
export class UserGearStatisticsResolver {
  constructor(@Inject(GearStatisticsService) private readonly statistics: GearStatisticsService) {}

  @ResolveField('gearStatistics')
  gearStatistics(
    @Parent() user: ParentOf<'User'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'gearStatistics'>> {
    return this.statistics.of(ownUserId(context, user));
  }
}

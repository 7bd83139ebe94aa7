import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import { ownUserId } from '../ownership/caller-ids.js';
import { GearStatisticsService, type GearStatistics } from './gear-statistics.service.js';

@Resolver('User')
export class UserGearStatisticsResolver {
  constructor(@Inject(GearStatisticsService) private readonly statistics: GearStatisticsService) {}

  @ResolveField('gearStatistics')
  gearStatistics(
    @Parent() user: { id: string },
    @Context() context: SubgraphContext,
  ): Promise<GearStatistics> {
    return this.statistics.of(ownUserId(context, user));
  }
}

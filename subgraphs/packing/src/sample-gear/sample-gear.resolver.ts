import { Inject } from '@nestjs/common';
import { Context, Mutation, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ResultOf } from '../generated/graphql.js';
import { writerId } from '../ownership/caller-ids.js';
import { SampleGearService } from './sample-gear.service.js';

@Resolver('Mutation')
export class SampleGearMutationsResolver {
  constructor(@Inject(SampleGearService) private readonly sampleGear: SampleGearService) {}

  @Mutation('addSampleGear')
  add(@Context() context: SubgraphContext): Promise<ResultOf<'Mutation', 'addSampleGear'>> {
    return this.sampleGear.add(writerId(context));
  }
}

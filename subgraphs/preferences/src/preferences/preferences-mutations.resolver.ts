import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireScope, Scope } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ResultOf } from '../generated/graphql.js';
import { PreferencesService } from './preferences.service.js';

@Resolver('Mutation')
export class PreferencesMutationsResolver {
  constructor(@Inject(PreferencesService) private readonly preferences: PreferencesService) {}

  @Mutation('updatePreferences')
  updatePreferences(
    @Args() { input }: ArgsOf<'Mutation', 'updatePreferences'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'updatePreferences'>> {
    const caller = requireScope(context, Scope.PreferencesWrite);
    return this.preferences.update(caller.userId, input);
  }
}

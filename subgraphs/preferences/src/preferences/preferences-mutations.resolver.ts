import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireScope, Scope } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { MutationUpdatePreferencesArgs } from '../generated/graphql.js';
import { PreferencesService, type PreferencesView } from './preferences.service.js';

@Resolver('Mutation')
export class PreferencesMutationsResolver {
  constructor(@Inject(PreferencesService) private readonly preferences: PreferencesService) {}

  @Mutation('updatePreferences')
  updatePreferences(
    @Args() { input }: MutationUpdatePreferencesArgs,
    @Context() context: SubgraphContext,
  ): Promise<PreferencesView> {
    const caller = requireScope(context, Scope.PreferencesWrite);
    return this.preferences.update(caller.userId, input);
  }
}

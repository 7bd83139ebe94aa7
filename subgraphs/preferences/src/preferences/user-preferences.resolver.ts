import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { notFound, requireScope, Scope } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import { PreferencesService, type PreferencesView } from './preferences.service.js';

/** Preferences' field on auth's `User` entity. */
@Resolver('User')
export class UserPreferencesResolver {
  constructor(@Inject(PreferencesService) private readonly preferences: PreferencesService) {}

  @ResolveReference()
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('preferences')
  preferencesOf(
    @Parent() user: { id: string },
    @Context() context: SubgraphContext,
  ): Promise<PreferencesView> {
    const caller = requireScope(context, Scope.PreferencesRead);
    if (caller.userId !== user.id) throw notFound('User', user.id);
    return this.preferences.forUser(user.id);
  }
}

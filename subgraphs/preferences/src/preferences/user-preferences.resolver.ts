import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { notFound, requireScope, Scope } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ReferenceOf, ResultOf } from '../generated/graphql.js';
import { PreferencesService } from './preferences.service.js';

/** Preferences' field on auth's `User` entity. */
@Resolver('User')
export class UserPreferencesResolver {
  constructor(@Inject(PreferencesService) private readonly preferences: PreferencesService) {}

  @ResolveReference()
  resolveReference(reference: ReferenceOf<'User'>): ResultOf<'User', '__resolveReference'> {
    return { id: reference.id };
  }

  @ResolveField('preferences')
  preferencesOf(
    @Parent() user: ParentOf<'User'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'preferences'>> {
    const caller = requireScope(context, Scope.PreferencesRead);
    if (caller.userId !== user.id) throw notFound('User', user.id);
    return this.preferences.forUser(user.id);
  }
}

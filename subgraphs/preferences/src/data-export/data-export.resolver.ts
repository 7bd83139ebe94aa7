import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { notFound, requireScope, Scope } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ReferenceOf, ResultOf } from '../generated/graphql.js';
import { PreferencesExportService } from './preferences-export.service.js';

/** Preferences' part of the federated `DataExport` entity. */
@Resolver('DataExport')
export class DataExportResolver {
  constructor(@Inject(PreferencesExportService) private readonly exports: PreferencesExportService) {}

  @ResolveReference()
  resolveReference(reference: ReferenceOf<'DataExport'>): ResultOf<'DataExport', '__resolveReference'> {
    return { __typename: 'DataExport', userId: reference.userId };
  }

  @ResolveField('preferences')
  preferencesPart(
    @Parent() dataExport: ParentOf<'DataExport'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'DataExport', 'preferences'>> {
    // The entity can be asked for by key (`_entities`), so the owner check is repeated here.
    const caller = requireScope(context, Scope.PreferencesRead);
    if (caller.userId !== dataExport.userId) throw notFound('DataExport', dataExport.userId);
    return this.exports.exportFor(dataExport.userId);
  }
}

import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { notFound } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ReferenceOf, ResultOf } from '../generated/graphql.js';
import { readerId } from '../ownership/caller-ids.js';
import type { DataExportReference } from './data-export-reference.js';
import { PackingExportService } from './packing-export.service.js';

/** Packing's part of the federated `DataExport` entity (docs/decisions/0902-federated-data-export.md). */
@Resolver('DataExport')
export class DataExportResolver {
  constructor(@Inject(PackingExportService) private readonly exports: PackingExportService) {}

  @ResolveReference()
  resolveReference(reference: ReferenceOf<'DataExport'>): DataExportReference {
    return { __typename: 'DataExport', userId: reference.userId };
  }

  @ResolveField('packing')
  packing(
    @Parent() dataExport: ParentOf<'DataExport'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'DataExport', 'packing'>> {
    // Entities can be asked for by key (`_entities`): the owner check lives here, not in User.dataExport.
    if (readerId(context) !== dataExport.userId) throw notFound('DataExport', dataExport.userId);
    return this.exports.exportFor(dataExport.userId);
  }
}

import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { notFound } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import { readerId } from '../ownership/caller-ids.js';
import { PackingExportService, type PackingExport } from './packing-export.service.js';

export interface DataExportReference {
  __typename: 'DataExport';
  userId: string;
}

/** Packing's part of the federated `DataExport` entity (docs/decisions/0902-federated-data-export.md). */
@Resolver('DataExport')
export class DataExportResolver {
  constructor(@Inject(PackingExportService) private readonly exports: PackingExportService) {}

  @ResolveReference()
  resolveReference(reference: { userId: string }): DataExportReference {
    return { __typename: 'DataExport', userId: reference.userId };
  }

  @ResolveField('packing')
  packing(
    @Parent() dataExport: DataExportReference,
    @Context() context: SubgraphContext,
  ): Promise<PackingExport> {
    // Entities can be asked for by key (`_entities`): the owner check lives here, not in User.dataExport.
    if (readerId(context) !== dataExport.userId) throw notFound('DataExport', dataExport.userId);
    return this.exports.exportFor(dataExport.userId);
  }
}

import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { notFound } from '@packyourbag/service-kit';
import { requireSessionCaller } from '../caller-guards.js';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ReferenceOf, ResultOf } from '../generated/graphql.js';
import { AccountExportService } from './account-export.service.js';

/** Auth's part of the federated `DataExport` entity (docs/decisions/0902-federated-data-export.md). */
@Resolver('DataExport')
export class DataExportResolver {
  constructor(@Inject(AccountExportService) private readonly exports: AccountExportService) {}

  @ResolveReference()
  resolveReference(reference: ReferenceOf<'DataExport'>): ResultOf<'DataExport', '__resolveReference'> {
    return { __typename: 'DataExport', userId: reference.userId };
  }

  @ResolveField('account')
  async account(
    @Parent() dataExport: ParentOf<'DataExport'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'DataExport', 'account'>> {
    // Entities can be asked for by key (`_entities`): the owner check lives here, not in User.dataExport.
    const caller = requireSessionCaller(context);
    if (caller.userId !== dataExport.userId) throw notFound('DataExport', dataExport.userId);
    const part = await this.exports.exportFor(dataExport.userId);
    if (!part) throw notFound('DataExport', dataExport.userId);
    return part;
  }
}

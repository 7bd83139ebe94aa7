import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound, requireCaller } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { DataExportReference } from './data-export.resolver.js';

/**
 * `User.dataExport`: only hands out the `DataExport` entity's key. Every subgraph then resolves its
 * own part of that entity (docs/decisions/0902-federated-data-export.md).
 */
@Resolver('User')
export class UserDataExportResolver {
  @ResolveField('dataExport')
  dataExportOf(@Parent() user: { id: string }, @Context() context: SubgraphContext): DataExportReference {
    const caller = requireCaller(context);
    if (caller.userId !== user.id) throw notFound('User', user.id);
    return { __typename: 'DataExport', userId: user.id };
  }
}

import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound, requireCaller } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ResultOf } from '../generated/graphql.js';

/**
 * `User.dataExport`: only hands out the `DataExport` entity's key. Every subgraph then resolves its
 * own part of that entity (docs/decisions/0902-federated-data-export.md).
 */
@Resolver('User')
export class UserDataExportResolver {
  @ResolveField('dataExport')
  dataExportOf(
    @Parent() user: ParentOf<'User'>,
    @Context() context: SubgraphContext,
  ): ResultOf<'User', 'dataExport'> {
    const caller = requireCaller(context);
    if (caller.userId !== user.id) throw notFound('User', user.id);
    return { __typename: 'DataExport', userId: user.id };
  }
}

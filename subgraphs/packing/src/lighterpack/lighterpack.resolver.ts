import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badUserInput } from '@packyourbag/service-kit';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ResultOf } from '../generated/graphql.js';
import type { Category } from '../generated/prisma/client.js';
import * as rules from '../validation/input-rules.js';
import { ListService } from '../lists/list.service.js';
import { ownUserId, readerId, writerId } from '../ownership/caller-ids.js';
import { listLines, packLines } from '../contents/lines.js';
import { PackService } from '../packs/pack.service.js';
import { previewView } from './import-preview.js';
import { toLighterPackCsv } from './lighterpack-export.js';
import { LighterPackImportService } from './lighterpack-import.service.js';

@Resolver('User')
export class UserLighterPackResolver {
  constructor(
    @Inject(ListService) private readonly lists: ListService,
    @Inject(PackService) private readonly packs: PackService,
  ) {}

  @ResolveField('lighterPackCsv')
  async lighterPackCsv(
    @Parent() user: ParentOf<'User'>,
    @Args() { listId, packId }: ArgsOf<'User', 'lighterPackCsv'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'lighterPackCsv'>> {
    const ownerId = ownUserId(context, user);
    if ((listId == null) === (packId == null))
      throw badUserInput('Give exactly one of listId and packId.', 'listId');
    const owner = listId
      ? await this.lists.get(ownerId, listId)
      : await this.packs.get(ownerId, packId ?? '');
    const lines = listId
      ? await listLines(context.loaders, owner.id)
      : await packLines(context.loaders, owner.id);
    const categoryIds = [
      ...new Set(lines.flatMap((line) => (line.item.categoryId ? [line.item.categoryId] : []))),
    ];
    const categories = await context.loaders.categoryById.loadMany(categoryIds);
    const byId = new Map<string, Category>(
      categories.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c] as const] : [])),
    );
    return toLighterPackCsv(lines, byId, owner.categoryOrder);
  }
}

@Resolver('Query')
export class LighterPackQueriesResolver {
  constructor(@Inject(LighterPackImportService) private readonly imports: LighterPackImportService) {}

  @Query('lighterPackImport')
  job(
    @Args() { id }: ArgsOf<'Query', 'lighterPackImport'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Query', 'lighterPackImport'>> {
    return this.imports.get(readerId(context), id);
  }

  @Query('previewLighterPackImport')
  async preview(
    @Args() { csv, currency }: ArgsOf<'Query', 'previewLighterPackImport'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Query', 'previewLighterPackImport'>> {
    const code = rules.currency(currency ?? 'USD', 'currency');
    return previewView(await this.imports.preview(readerId(context), csv, code), code);
  }
}

@Resolver('ImportPreviewRow')
export class ImportPreviewRowResolver {
  @ResolveField('reusedItem')
  reusedItem(
    @Parent() row: ParentOf<'ImportPreviewRow'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'ImportPreviewRow', 'reusedItem'>> | null {
    return row.reusedItemId ? context.loaders.itemById.load(row.reusedItemId) : null;
  }
}

/** Jobs that failed before lines were kept stored problems without one. */
@Resolver('ImportError')
export class ImportErrorResolver {
  @ResolveField('line')
  line(@Parent() error: ParentOf<'ImportError'>): ResultOf<'ImportError', 'line'> {
    return error.line ?? 0;
  }
}

@Resolver('LighterPackImport')
export class LighterPackImportResolver {
  @ResolveField('list')
  list(
    @Parent() job: ParentOf<'LighterPackImport'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'LighterPackImport', 'list'>> | null {
    return job.listId ? context.loaders.listById.load(job.listId) : null;
  }
}

@Resolver('Mutation')
export class LighterPackMutationsResolver {
  constructor(@Inject(LighterPackImportService) private readonly imports: LighterPackImportService) {}

  @Mutation('importLighterPackCsv')
  importNow(
    @Args() args: ArgsOf<'Mutation', 'importLighterPackCsv'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'importLighterPackCsv'>> {
    return this.imports.importNow(writerId(context), args);
  }

  @Mutation('startLighterPackImport')
  start(
    @Args() args: ArgsOf<'Mutation', 'startLighterPackImport'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'startLighterPackImport'>> {
    return this.imports.start(writerId(context), args);
  }
}

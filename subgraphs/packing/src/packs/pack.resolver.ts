import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { PackGroupedContentsArgs } from '../generated/graphql.js';
import type { Category, GearList, Pack, PackEntry, ShareLink } from '../generated/prisma/client.js';
import { priceTotals, weightSummaryView, type WeightSummaryView } from '../summaries/summary-view.js';
import { mergeContents } from './merge-contents.js';
import { packLines, packSources, type ItemLine } from './pack-contents.js';

type LineView = ItemLine & { totalMg: number };
const view = (line: ItemLine): LineView => ({ ...line, totalMg: line.item.weightMg * line.quantity });

interface GroupView {
  list: GearList | null;
  category: Category | null;
  lines: LineView[];
  totalMg: number;
}

@Resolver('Pack')
export class PackResolver {
  @ResolveField('lists')
  lists(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<GearList[]> {
    return context.loaders.listsByPack.load(pack.id);
  }

  @ResolveField('extraEntries')
  extraEntries(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<PackEntry[]> {
    return context.loaders.extraEntriesByPack.load(pack.id);
  }

  @ResolveField('contents')
  async contents(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<LineView[]> {
    return (await packLines(context.loaders, pack.id)).map(view);
  }

  /**
   * By list: each list's own entries (an item two lists share appears in both groups), then the
   * extras. By category: the merged contents, each item once, heaviest category first.
   */
  @ResolveField('groupedContents')
  async groupedContents(
    @Parent() pack: Pack,
    @Args() { by }: PackGroupedContentsArgs,
    @Context() context: SubgraphContext,
  ): Promise<GroupView[]> {
    const { loaders } = context;
    const items = async (entries: Parameters<typeof mergeContents>[0]) => {
      const loaded = await loaders.itemById.loadMany(entries.map((entry) => entry.itemId));
      return entries.flatMap((entry, index) => {
        const item = loaded[index];
        return item && !(item instanceof Error) ? [view({ ...entry, item })] : [];
      });
    };
    const total = (lines: LineView[]) => lines.reduce((sum, line) => sum + line.totalMg, 0);
    if (by === 'LIST') {
      const [sources, lists] = await Promise.all([
        packSources(loaders, pack.id),
        loaders.listsByPack.load(pack.id),
      ]);
      const groups = await Promise.all(
        [
          ...sources.lists.map((source, index) => ({ list: lists[index] ?? null, entries: source.entries })),
          { list: null, entries: sources.extras },
        ].map(async ({ list, entries }) => {
          const lines = await items(mergeContents(entries));
          return { list, category: null, lines, totalMg: total(lines) };
        }),
      );
      return groups.filter((group) => group.list !== null || group.lines.length > 0);
    }
    const lines = (await packLines(loaders, pack.id)).map(view);
    const byCategory = new Map<string | null, LineView[]>();
    for (const line of lines)
      byCategory.set(line.item.categoryId, [...(byCategory.get(line.item.categoryId) ?? []), line]);
    const categories = await loaders.categoryById.loadMany(
      [...byCategory.keys()].flatMap((id) => (id ? [id] : [])),
    );
    const found = new Map(categories.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c]] : [])));
    return [...byCategory.entries()]
      .map(([categoryId, group]) => ({
        list: null,
        category: categoryId ? (found.get(categoryId) ?? null) : null,
        lines: group,
        totalMg: total(group),
      }))
      .sort((a, b) => b.totalMg - a.totalMg);
  }

  @ResolveField('summary')
  async summary(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<WeightSummaryView> {
    return weightSummaryView(context.loaders, await packLines(context.loaders, pack.id));
  }

  @ResolveField('priceTotals')
  async priceTotals(@Parent() pack: Pack, @Context() context: SubgraphContext) {
    return priceTotals(await packLines(context.loaders, pack.id));
  }

  @ResolveField('shareLinks')
  shareLinks(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<ShareLink[]> {
    return context.loaders.shareLinksByPack.load(pack.id);
  }
}

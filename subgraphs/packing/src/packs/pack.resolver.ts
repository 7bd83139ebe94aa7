import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { PackGroupedContentsArgs } from '../generated/graphql.js';
import type { Category, GearList, Pack, PackEntry, ShareLink } from '../generated/prisma/client.js';
import { categoriesOf, keptCategories } from '../category-order/kept-categories.js';
import { groupByCategory, subtotalOf, type GroupSubtotalFigures } from '../summaries/category-groups.js';
import { priceTotals, weightSummaryView, type WeightSummaryView } from '../summaries/summary-view.js';
import { summariseWeights } from '../summaries/weight-summary.js';
import { mergeContents } from './merge-contents.js';
import { packLines, packSources, type ItemLine } from './pack-contents.js';

type LineView = ItemLine & { totalMg: number };
const view = (line: ItemLine): LineView => ({ ...line, totalMg: line.item.weightMg * line.quantity });

interface GroupView {
  list: GearList | null;
  category: Category | null;
  lines: LineView[];
  totalMg: number;
  subtotal: GroupSubtotalFigures;
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
   * extras. By category: the merged contents, each item once, in the pack's kept category order,
   * then heaviest first. Subtotal shares are of the merged pack's total.
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
    const merged = await packLines(loaders, pack.id);
    if (by === 'LIST') {
      const packTotalMg = summariseWeights(merged).totalMg;
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
          return {
            list,
            category: null,
            lines,
            totalMg: total(lines),
            subtotal: subtotalOf(lines, packTotalMg),
          };
        }),
      );
      return groups.filter((group) => group.list !== null || group.lines.length > 0);
    }
    const groups = groupByCategory(merged.map(view), pack.categoryOrder);
    const categories = await categoriesOf(
      loaders,
      groups.map((group) => group.categoryId),
    );
    return groups.map((group, index) => ({
      list: null,
      category: categories[index] ?? null,
      lines: group.lines,
      totalMg: group.subtotal.totalMg,
      subtotal: group.subtotal,
    }));
  }

  @ResolveField('categoryOrder')
  categoryOrder(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<Category[]> {
    return keptCategories(context.loaders, pack.categoryOrder);
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

import { CategoryChart } from '@/components/weights/category-chart';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import type { CategoryGroup, GroupTotals } from './category-group';
import { CategoryGroupTable } from './category-group-table';
import styles from './category-groups.module.css';

export interface GroupedGearProps {
  groups: readonly CategoryGroup[];
  totals: GroupTotals;
  weight: WeightDisplay;
  collapsed: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onMove?: (categoryId: string, delta: -1 | 1) => void;
  /** @default true */
  prices?: boolean;
}

/**
 * The grouped table with the chart by category beside it, both in the same order and colours (each
 * category's palette colour). Presentational.
 */
export function GroupedGear({
  groups,
  totals,
  weight,
  collapsed,
  onToggle,
  onMove,
  prices,
}: GroupedGearProps) {
  return (
    <section className="stack" aria-labelledby="grouped-gear-heading">
      <h2 id="grouped-gear-heading">By category</h2>
      <div className={styles.layout}>
        <CategoryGroupTable
          groups={groups}
          totals={totals}
          weight={weight}
          collapsed={collapsed}
          onToggle={onToggle}
          onMove={onMove}
          prices={prices}
        />
        <CategoryChart
          shares={groups.map((group) => ({
            category: group.category,
            totalMg: group.subtotal.totalMg,
            shareBasisPoints: group.subtotal.shareBasisPoints,
          }))}
          weight={weight}
        />
      </div>
    </section>
  );
}

'use client';

import { Fragment, useId, useState } from 'react';
import { CategorySwatch } from '@/components/palette/category-swatch';
import { graphql } from '@/gql';
import { formatMoney, formatMoneyTotals } from '@/lib/money/format-money';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import type { CategoryGroup, GroupRow, GroupTotals } from './category-group';
import { UNCATEGORISED_KEY } from './category-order';
import styles from './category-groups.module.css';

/*
 * What the grouped view shows of a list's or a pack's groups (their group types differ, so each
 * part is a fragment; the category is palette/category-chip.ts's): lists/list-category-groups.ts
 * and packs/pack-category-groups.ts read them.
 */
export const CategoryGroupItemFragment = graphql(`
  fragment CategoryGroupItem on Item {
    id
    name
    weightMg
    price {
      amountMinor
      currency
    }
  }
`);

export const CategoryGroupSubtotalFragment = graphql(`
  fragment CategoryGroupSubtotal on GroupSubtotal {
    totalMg
    itemCount
    shareBasisPoints
    priceTotals {
      amountMinor
      currency
    }
  }
`);

export interface CategoryGroupTableProps {
  /** In the order to show (the API's: the kept category order, then heaviest first). */
  groups: readonly CategoryGroup[];
  totals: GroupTotals;
  /** How weights are shown: the user's unit, pounds and ounces, locale (also used for prices). */
  weight: WeightDisplay;
  /** Keys of the groups shown folded. */
  collapsed: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** Moves a category one place; without it the order cannot be changed here. */
  onMove?: (categoryId: string, delta: -1 | 1) => void;
  /** Whether there is a price column (a shared view shows no prices). @default true */
  prices?: boolean;
}

function rowPrice(row: GroupRow, locale: string): string {
  return row.price
    ? formatMoney({ ...row.price, amountMinor: row.price.amountMinor * row.quantity }, locale)
    : '';
}

/**
 * A list's or pack's gear grouped by category, LighterPack's main screen: each category a row group
 * whose header (a button with aria-expanded) folds its items and carries its subtotal; move up/down
 * buttons change the order; the footer holds base, worn, consumable and total. A real table, so a
 * screen reader announces every figure with its column. Presentational.
 */
export function CategoryGroupTable({
  groups,
  totals,
  weight,
  collapsed,
  onToggle,
  onMove,
  prices = true,
}: CategoryGroupTableProps) {
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const movable = groups.filter((group) => group.key !== UNCATEGORISED_KEY);
  const move = (group: CategoryGroup, delta: -1 | 1) => {
    const position = movable.indexOf(group) + delta;
    if (!onMove || !group.category || position < 0 || position >= movable.length) return;
    onMove(group.category.id, delta);
    setAnnouncement(`${group.category.name} moved to position ${position + 1} of ${movable.length}.`);
  };
  const footer: [string, number][] = [
    ['Base', totals.baseMg],
    ['Worn', totals.wornMg],
    ['Consumable', totals.consumableMg],
  ];

  return (
    <div className="table-scroll">
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <table className={`gear-table ${styles.table}`}>
        <caption className="visually-hidden">Gear by category, with subtotals</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className={styles.number}>
              Qty
            </th>
            <th scope="col" className={styles.number}>
              Weight
            </th>
            {prices ? (
              <th scope="col" className={`${styles.number} ${styles.price}`}>
                Price
              </th>
            ) : null}
            {onMove ? (
              <th scope="col">
                <span className="visually-hidden">Order</span>
              </th>
            ) : null}
          </tr>
        </thead>
        {groups.map((group) => {
          const open = !collapsed.has(group.key);
          const itemsId = `${id}-${group.key}`;
          const name = group.category?.name ?? 'Uncategorised';
          const place = movable.indexOf(group);
          return (
            <Fragment key={group.key}>
              <tbody className={styles.groupHead} data-testid="category-group">
                <tr>
                  <th scope="rowgroup">
                    <button
                      type="button"
                      className={styles.toggle}
                      aria-expanded={open}
                      aria-controls={itemsId}
                      onClick={() => onToggle(group.key)}
                    >
                      <span aria-hidden="true" className={styles.chevron}>
                        {open ? '▾' : '▸'}
                      </span>
                      <CategorySwatch name={name} colorIndex={group.category?.colorIndex} />
                    </button>
                  </th>
                  <td className={styles.number} data-testid="subtotal-quantity">
                    {group.subtotal.itemCount}
                  </td>
                  <td className={styles.number} data-testid="subtotal-weight">
                    {formatWeight(group.subtotal.totalMg, weight)}
                  </td>
                  {prices ? (
                    <td className={`${styles.number} ${styles.price}`} data-testid="subtotal-price">
                      {formatMoneyTotals(group.subtotal.priceTotals, weight.locale)}
                    </td>
                  ) : null}
                  {onMove ? (
                    <td className={styles.order}>
                      {group.category ? (
                        <>
                          <button
                            type="button"
                            className={styles.move}
                            aria-label={`Move ${name} up`}
                            aria-disabled={place <= 0}
                            onClick={() => move(group, -1)}
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            className={styles.move}
                            aria-label={`Move ${name} down`}
                            aria-disabled={place >= movable.length - 1}
                            onClick={() => move(group, 1)}
                          >
                            ↓
                          </button>
                        </>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              </tbody>
              <tbody id={itemsId} hidden={!open} className={styles.items}>
                {group.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className={styles.itemName}>
                      <span className="truncate">{row.name}</span>
                      {row.wornQuantity > 0 ? <span className="badge">worn {row.wornQuantity}</span> : null}
                      {row.consumable ? <span className="badge">consumable</span> : null}
                    </th>
                    <td className={styles.number}>{row.quantity}</td>
                    <td className={styles.number}>{formatWeight(row.totalMg, weight)}</td>
                    {prices ? (
                      <td className={`${styles.number} ${styles.price}`}>{rowPrice(row, weight.locale)}</td>
                    ) : null}
                    {onMove ? <td /> : null}
                  </tr>
                ))}
              </tbody>
            </Fragment>
          );
        })}
        <tfoot>
          {footer.map(([label, mg]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td />
              <td className={styles.number} data-testid={`total-${label.toLowerCase()}`}>
                {formatWeight(mg, weight)}
              </td>
              {prices ? <td className={styles.price} /> : null}
              {onMove ? <td /> : null}
            </tr>
          ))}
          <tr className={styles.total}>
            <th scope="row">Total</th>
            <td className={styles.number}>{totals.itemCount}</td>
            <td className={styles.number} data-testid="total-total">
              {formatWeight(totals.totalMg, weight)}
            </td>
            {prices ? (
              <td className={`${styles.number} ${styles.price}`}>
                {formatMoneyTotals(totals.priceTotals, weight.locale)}
              </td>
            ) : null}
            {onMove ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

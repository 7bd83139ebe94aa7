import type { SamplePackView } from '@packyourbag/sample-gear';
import { CategorySwatch } from '@/components/palette/category-swatch';
import { CategoryChart } from '@/components/weights/category-chart';
import { WeightSummary } from '@/components/weights/weight-summary';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import styles from './sample-pack-preview.module.css';

export interface SamplePackPreviewProps {
  pack: SamplePackView;
  weight: WeightDisplay;
}

/**
 * A pack as PackYourBag shows it: base weight first, the weight by category as a chart, and the
 * items grouped by category with each category's subtotal. Presentational.
 */
export function SamplePackPreview({ pack, weight }: SamplePackPreviewProps) {
  const shares = pack.categories.map((category) => ({
    category: { id: category.key, name: category.name, colorIndex: category.colorIndex },
    totalMg: category.totalMg,
    shareBasisPoints: category.shareBasisPoints,
  }));
  return (
    <section className={`card ${styles.preview}`} aria-labelledby="sample-pack-title">
      <header className={styles.heading}>
        <h2 id="sample-pack-title">{pack.name}</h2>
        <p className="muted">{pack.description}</p>
        <p className={styles.base}>
          Base weight <strong data-testid="sample-base-weight">{formatWeight(pack.baseMg, weight)}</strong>
        </p>
      </header>
      <div className={styles.body}>
        <CategoryChart shares={shares} weight={weight} />
        <table className={styles.table}>
          <caption className="visually-hidden">Items by category</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col" className={styles.numeric}>
                Qty
              </th>
              <th scope="col" className={styles.numeric}>
                Weight
              </th>
            </tr>
          </thead>
          {pack.categories.map((category) => (
            <tbody key={category.key}>
              <tr className={styles.category}>
                <th scope="rowgroup" colSpan={2}>
                  <CategorySwatch name={category.name} colorIndex={category.colorIndex} />
                </th>
                <td className={styles.numeric} data-testid={`sample-subtotal-${category.key}`}>
                  {formatWeight(category.totalMg, weight)}
                </td>
              </tr>
              {category.lines.map((line) => (
                <tr key={line.key}>
                  <th scope="row" className={styles.item}>
                    {line.name}
                    {line.wornQuantity > 0 ? <span className={styles.tag}>worn</span> : null}
                    {line.consumable ? <span className={styles.tag}>consumable</span> : null}
                  </th>
                  <td className={styles.numeric}>{line.quantity}</td>
                  <td className={styles.numeric}>{formatWeight(line.weightMg * line.quantity, weight)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <WeightSummary
        summary={{
          totalMg: pack.totalMg,
          baseMg: pack.baseMg,
          wornMg: pack.wornMg,
          consumableMg: pack.consumableMg,
          itemCount: pack.itemCount,
        }}
        weight={weight}
      />
    </section>
  );
}

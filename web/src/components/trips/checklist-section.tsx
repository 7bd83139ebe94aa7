import { CategorySwatch } from '@/components/palette/category-swatch';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import styles from './checklist-view.module.css';
import type { ChecklistGroup } from './group-checklist';
import type { ChecklistViewLine } from './checklist-view';

export interface ChecklistSectionProps {
  group: ChecklistGroup<ChecklistViewLine>;
  /** The lines to list (all of the group's, or its unpacked ones while packed lines are hidden). */
  visible: readonly ChecklistViewLine[];
  weight: WeightDisplay;
  folded: boolean;
  onFoldToggle: () => void;
  onToggle: (itemId: string, checked: boolean) => void;
}

/** The group's weight: the API's subtotal when known, else its lines' own weights. */
function groupWeightMg(group: ChecklistGroup<ChecklistViewLine>): number {
  return (
    group.subtotal?.totalMg ?? group.lines.reduce((sum, line) => sum + line.item.weightMg * line.quantity, 0)
  );
}

/**
 * One category of the checklist: a heading whose button (aria-expanded) folds the lines away and
 * always shows the category, its weight and how many of its lines are packed; then the lines, each
 * a whole-row check-off target. Presentational.
 */
export function ChecklistSection({
  group,
  visible,
  weight,
  folded,
  onFoldToggle,
  onToggle,
}: ChecklistSectionProps) {
  const packed = group.lines.filter((line) => line.checked).length;
  const headingId = `checklist-group-${group.key}`;
  const linesId = `checklist-lines-${group.key}`;
  return (
    <section aria-labelledby={headingId} data-testid="checklist-group">
      <h2 id={headingId} className={styles.groupHeading}>
        <button
          type="button"
          className={styles.groupToggle}
          aria-expanded={!folded}
          aria-controls={linesId}
          onClick={onFoldToggle}
        >
          <span aria-hidden="true" className={styles.chevron} />
          <CategorySwatch name={group.category?.name} colorIndex={group.category?.colorIndex} />
          <span className={`muted ${styles.groupFigures}`}>
            {formatWeight(groupWeightMg(group), weight)} · {packed} of {group.lines.length} packed
          </span>
        </button>
      </h2>
      <ul id={linesId} className="checklist-lines" hidden={folded}>
        {visible.map((line) => (
          <li key={line.item.id}>
            <label className={line.checked ? 'check-line checked' : 'check-line'}>
              <input
                type="checkbox"
                checked={line.checked}
                onChange={(event) => onToggle(line.item.id, event.target.checked)}
              />
              <span className="check-name">
                {/* The whole name, wrapped: on a phone a truncated name is a guess. */}
                <span className={styles.name}>
                  {line.quantity > 1 ? `${line.quantity} × ` : ''}
                  {line.item.name}
                </span>
              </span>
              <span className="numeric muted">
                {formatWeight(line.item.weightMg * line.quantity, weight)}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
